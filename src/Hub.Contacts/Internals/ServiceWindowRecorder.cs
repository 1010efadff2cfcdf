using Hub.Core.Channels;
using Hub.Runtime.Events;
using Hub.Storage;

namespace Hub.Contacts.Internals;

/// <summary>
/// Opens WhatsApp's customer-service window: every inbound WhatsApp <c>message.received</c> event (from a provider
/// callback or the sandbox handset) notes when its sender last wrote, in the transaction that records the event.
/// </summary>
internal sealed class ServiceWindowRecorder(IContactStore contacts) : IEventConsumer
{
    public async Task<IReadOnlyList<string>> ConsumeAsync(RecordedEvent recorded, HubDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        var canonical = recorded.Event;
        if (canonical.Type != "message.received" || canonical.Data["message"] is not { } message
            || (string?)message["channel"] != ChannelNames.WhatsApp || (string?)message["from"] is not { Length: > 0 } from)
        {
            return [];
        }
        var at = DateTimeOffset.TryParse((string?)message["receivedAt"], System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AssumeUniversal, out var receivedAt) ? receivedAt : canonical.Time;
        await contacts.RecordInboundAsync(ChannelNames.WhatsApp, from, at, cancellationToken);
        return [];
    }
}
