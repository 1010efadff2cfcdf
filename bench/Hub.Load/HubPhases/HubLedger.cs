using Hub.Load.Measurement;
using Hub.Load.Sink;

namespace Hub.Load.HubPhases;

/// <summary>Accounts for every webhook of a phase: by the sender's counts, the sink's arrivals and Hub's own records.</summary>
internal static class HubLedger
{
    private static readonly string[] DeadMessageStatuses = ["failed", "undeliverable", "expired", "skipped"];
    private static readonly string[] DoneMessageStatuses = ["sent", "delivered", "read"];

    /// <param name="arrivals">The sink's arrivals, or null when Hub does not deliver to the sink (then a message Hub
    /// calls sent or delivered counts as delivered, e.g. by the sandbox provider).</param>
    public static LedgerResult Account(LoadResult load, WebhookTraffic traffic, HubRecords records, SinkArrivals? arrivals)
    {
        long delivered = 0, dead = 0, pending = 0, lost = 0;
        var lostExamples = new List<string>();
        foreach (var sequence in traffic.Acknowledged.Keys)
        {
            var fate = Fate(sequence, records, arrivals);
            switch (fate)
            {
                case "delivered": delivered++; break;
                case "dead": dead++; break;
                case "pending": pending++; break;
                default:
                    lost++;
                    if (lostExamples.Count < 3)
                    {
                        lostExamples.Add($"{OrderNumbers.Format(sequence)}: {fate}");
                    }
                    break;
            }
        }
        var storedUnacknowledged = records.InboundStatus.Keys.Count(id =>
            !long.TryParse(id.AsSpan("load-".Length), out var sequence) || !traffic.Acknowledged.ContainsKey(sequence));
        var note = string.Join("; ", new[]
        {
            traffic.Acknowledged.Count != load.Expected ? $"{traffic.Acknowledged.Count} acknowledged orders recorded but {load.Expected} 2xx counted" : null,
            lostExamples.Count > 0 ? "lost: " + string.Join(", ", lostExamples) : null,
        }.Where(n => n is not null));
        return new LedgerResult(load.Name, load.Sent, load.Expected, load.OtherStatus, load.TransportErrors,
            delivered, dead, pending, lost, storedUnacknowledged, note);
    }

    /// <summary>The reject path stores nothing: every request must be answered, and Hub must hold no request of the connector.</summary>
    public static LedgerResult AccountRejects(LoadResult load, HubRecords records) =>
        new(load.Name, load.Sent, 0, load.Expected + load.OtherStatus, load.TransportErrors, 0, 0, 0, records.InboundStatus.Count,
            records.InboundStatus.Count, records.InboundStatus.Count > 0 ? "a request with a bad signature was stored" : "401 expected; nothing may be stored");

    private static string Fate(long sequence, HubRecords records, SinkArrivals? arrivals)
    {
        if (arrivals?.Contains(sequence) == true)
        {
            return "delivered";
        }
        if (!records.InboundStatus.TryGetValue(WebhookTraffic.DeliveryId(sequence), out var inbound))
        {
            return "acknowledged but not stored";
        }
        switch (inbound)
        {
            case "pending": return "pending";
            case "failed" or "ignored": return "dead";
            case not "processed": return $"request {inbound}";
        }
        if (!records.Events.TryGetValue(sequence, out var events))
        {
            return "processed without an event";
        }
        if (events.Any(e => e.Status == "pending"))
        {
            return "pending";
        }
        if (events.Any(e => e.Status == "failed"))
        {
            return "dead";
        }
        var messages = events.SelectMany(e => records.MessageStatuses[e.Id]).ToList();
        if (messages.Count == 0)
        {
            return "event processed without a message";
        }
        if (messages.Any(m => m.Status == "queued"))
        {
            return "pending";
        }
        if (messages.All(m => DeadMessageStatuses.Contains(m.Status)))
        {
            return "dead";
        }
        // Without the sink (sandbox) a sent message is delivered; with it, only an SMS that reached it is, but a
        // fallback email that was sent is an outcome too.
        var done = messages.Where(m => DoneMessageStatuses.Contains(m.Status)).ToList();
        return done.Count > 0 && (arrivals is null || done.Any(m => m.Channel != "sms"))
            ? "delivered"
            : $"messages {string.Join('/', messages.Select(m => $"{m.Channel}:{m.Status}"))} but nothing reached the sink";
    }
}
