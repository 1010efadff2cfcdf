using System.Text.Json.Nodes;
using Hub.Contacts;
using Hub.Messaging;
using Hub.Storage;
using Microsoft.Extensions.Logging;

namespace Hub.Conversations.Internals;

/// <summary>
/// An inbound keyword's effect: STOP opts the contact out of marketing on the channel (and of transactional messages
/// when the sender's policy says STOP blocks all), START opts back in, HELP changes nothing; each is answered on the
/// same channel with the configured text of the keyword's language, as a <c>system</c> message (never held or skipped).
/// </summary>
internal sealed class KeywordResponder(HubDbContext db, IConsentPolicies policies, IContactStore contacts, ISendRequests sends, ILogger<KeywordResponder> logger)
{
    /// <summary>The evidence column's length: a keyword padded with a page of exclamation marks is kept cut.</summary>
    private const int MaxEvidenceLength = 1000;

    public async Task<KeywordMatch?> AnswerAsync(Contact contact, string channel, string address, string text, string? sender, string eventId,
        DateTimeOffset receivedAt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var policy = await policies.GetAsync(cancellationToken);
        var senderPolicy = sender is not null && policy.Senders.TryGetValue(sender, out var found) ? found : new SenderPolicy();
        var match = KeywordMatcher.Match(text, policy.Keywords, senderPolicy.KeywordLocales, contact.Locale);
        if (match is null)
        {
            return null;
        }
        var evidence = text.Length > MaxEvidenceLength ? text[..MaxEvidenceLength] : text;
        switch (match.Kind)
        {
            case KeywordKind.OptOut:
                await RecordAsync(contact, channel, ConsentPurposes.Marketing, ConsentState.OptedOut, evidence, eventId, receivedAt, now, cancellationToken);
                if (senderPolicy.StopBlocksAll)
                {
                    await RecordAsync(contact, channel, ConsentPurposes.Transactional, ConsentState.OptedOut, evidence, eventId, receivedAt, now, cancellationToken);
                }
                break;
            case KeywordKind.OptIn:
                await RecordAsync(contact, channel, ConsentPurposes.Marketing, ConsentState.OptedIn, evidence, eventId, receivedAt, now, cancellationToken);
                // Transactional messages were blocked only if a STOP-blocks-all sender blocked them; START lifts that.
                var transactional = await db.ContactConsents.FindAsync([contact.Id, channel, ConsentPurposes.Transactional], cancellationToken);
                if (transactional?.State == ConsentState.OptedOut)
                {
                    await RecordAsync(contact, channel, ConsentPurposes.Transactional, ConsentState.OptedIn, evidence, eventId, receivedAt, now, cancellationToken);
                }
                break;
            case KeywordKind.Help:
                break;
        }
        if (!string.IsNullOrWhiteSpace(match.Reply))
        {
            Reply(channel, address, match, eventId);
        }
        return match;
    }

    private Task RecordAsync(Contact contact, string channel, string purpose, ConsentState state, string evidence, string eventId,
        DateTimeOffset receivedAt, DateTimeOffset now, CancellationToken cancellationToken) =>
        contacts.RecordConsentAsync(contact, new ConsentChangeRequest
        {
            Channel = channel,
            Purpose = purpose,
            State = state,
            Source = ConsentSource.Keyword,
            Evidence = evidence,
            EventId = eventId,
            OccurredAt = receivedAt,
        }, now, cancellationToken);

    private void Reply(string channel, string address, KeywordMatch match, string eventId)
    {
        var email = ContactAddresses.IsEmail(address);
        try
        {
            var result = sends.Request(new SendRequest
            {
                Text = match.Reply,
                Channels = [channel],
                Phone = email ? null : address,
                Email = email ? address : null,
                Purpose = ConsentPurposes.System,
                Model = new JsonObject(),
                Locale = match.Language,
                EventId = eventId,
            });
            if (result.MessageId is null)
            {
                // The consent change stands; only the courtesy answer could not go (no provider for the channel).
                logger.LogWarning("The {Kind} answer of event {EventId} on {Channel} was not sent: {Reason}", match.KindName, eventId, channel, result.SkipReason);
            }
        }
        catch (SendRequestException ex)
        {
            logger.LogWarning(ex, "The {Kind} answer of event {EventId} on {Channel} could not be composed", match.KindName, eventId, channel);
        }
    }
}
