using System.Globalization;
using System.Text.Json.Nodes;
using Hub.Contacts;
using Hub.Runtime.Events;
using Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.Conversations.Internals;

/// <summary>
/// Every <c>message.received</c>, in the transaction that records it: the sender's contact (created when new), the
/// channel's service window, the message in its conversation, and — when it is only a keyword — the consent change
/// and its answer. The event still goes to the workflow engine: a STOP that a waiting workflow expects is both.
/// </summary>
internal sealed class InboundMessageConsumer(IContactStore contacts, KeywordResponder keywords) : IEventConsumer
{
    public const string EventType = "message.received";

    private const string ProviderSourcePrefix = "/providers/";

    public async Task<IReadOnlyList<string>> ConsumeAsync(RecordedEvent recorded, HubDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        ArgumentNullException.ThrowIfNull(db);
        var e = recorded.Event;
        if (e.Type != EventType || e.Data["message"] is not JsonObject message
            || Text(message, "channel") is not { } channel || Text(message, "from") is not { } from)
        {
            return [];
        }
        var eventId = recorded.Record.Id;
        // A retried or redelivered event was recorded with its effects the first time.
        if (db.InboundMessages.Local.Any(m => m.EventId == eventId) || await db.InboundMessages.AnyAsync(m => m.EventId == eventId, cancellationToken))
        {
            return [];
        }
        var now = recorded.Record.CreatedAt;
        var receivedAt = Text(message, "receivedAt") is { } stamp && DateTimeOffset.TryParse(stamp, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            ? parsed
            : e.Time;
        var text = Text(message, "text") ?? "";
        var address = ContactAddresses.IdentityOf(from).Value;
        var contact = await contacts.FindOrCreateByAddressAsync(address, now, cancellationToken);
        await contacts.RecordInboundAsync(channel, address, receivedAt, cancellationToken);

        var conversation = await ConversationOfAsync(db, contact.Id, channel, address, now, cancellationToken);
        conversation.LastMessageAt = Max(conversation.LastMessageAt, now);
        conversation.LastInboundAt = now;

        var sender = SenderOf(e.Source);
        var inbound = new InboundMessageRecord
        {
            Id = Guid.CreateVersion7(),
            ConversationId = conversation.Id,
            ContactId = contact.Id,
            Channel = channel,
            From = address,
            To = Text(message, "to"),
            Text = text,
            Source = sender ?? recorded.Record.ConnectorId,
            EventId = eventId,
            InReplyToMessageId = Guid.TryParse(Text(message, "inReplyTo"), out var answered) ? answered : null,
            ReceivedAt = receivedAt,
            CreatedAt = now,
        };
        db.InboundMessages.Add(inbound);
        // A tapped button's payload is not typed text: only what the person wrote can be a keyword.
        if (Text(message, "postbackId") is null)
        {
            inbound.Keyword = (await keywords.AnswerAsync(contact, channel, address, text, sender, eventId, receivedAt, now, cancellationToken))?.KindName;
        }
        return [];
    }

    private static async Task<Conversation> ConversationOfAsync(HubDbContext db, Guid contactId, string channel, string address, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var conversation = db.Conversations.Local.FirstOrDefault(c => c.ContactId == contactId && c.Channel == channel)
            ?? await db.Conversations.FirstOrDefaultAsync(c => c.ContactId == contactId && c.Channel == channel, cancellationToken);
        if (conversation is null
            && await db.Conversations.FirstOrDefaultAsync(c => c.Channel == channel && c.Address == address, cancellationToken) is { } earlier)
        {
            // The address's conversation began under a contact since merged into this one: it moves along.
            earlier.ContactId = contactId;
            return earlier;
        }
        if (conversation is null)
        {
            conversation = new Conversation { Id = Guid.CreateVersion7(), ContactId = contactId, Channel = channel, Address = address, CreatedAt = now, LastMessageAt = now };
            db.Conversations.Add(conversation);
        }
        return conversation;
    }

    /// <summary>The provider instance a message came to (<c>/providers/{id}</c>): sender policies are per instance. Null for the sandbox handset and apps.</summary>
    private static string? SenderOf(string source) =>
        source.StartsWith(ProviderSourcePrefix, StringComparison.Ordinal) && source.Length > ProviderSourcePrefix.Length
            ? source[ProviderSourcePrefix.Length..]
            : null;

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static string? Text(JsonObject o, string name) =>
        o[name] is JsonValue value && value.TryGetValue<string>(out var s) && s.Length > 0 ? s : null;
}
