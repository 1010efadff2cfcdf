using System.Text.Json.Nodes;
using Hub.IntegrationTests.Infrastructure;
using Hub.Load.Sink;

namespace Hub.Load.HubPhases;

/// <summary>
/// What Hub's admin API says happened to one connector's webhooks: stored requests by delivery id, canonical events
/// by order sequence number, and messages by event id.
/// </summary>
internal sealed class HubRecords
{
    private HubRecords(Dictionary<string, string> inbound, Dictionary<long, List<(string Id, string Status)>> events, ILookup<string, (string Channel, string Status)> messageStatuses)
    {
        InboundStatus = inbound;
        Events = events;
        MessageStatuses = messageStatuses;
    }

    /// <summary>Delivery id → status (pending, processed, ignored, failed).</summary>
    public Dictionary<string, string> InboundStatus { get; }

    /// <summary>Order sequence number → its events (id, status).</summary>
    public Dictionary<long, List<(string Id, string Status)>> Events { get; }

    /// <summary>Event id → (channel, status) of the messages it produced.</summary>
    public ILookup<string, (string Channel, string Status)> MessageStatuses { get; }

    public static async Task<ILookup<string, (string Channel, string Status)>> MessagesAsync(HubClient client)
    {
        var messages = await client.AllAsync("/api/v1/messages");
        return messages
            .DistinctBy(m => (string?)m["id"])
            .Where(m => m["eventId"] is not null)
            .ToLookup(m => (string)m["eventId"]!, m => ((string?)m["channel"] ?? "", ((string?)m["status"] ?? "").ToLowerInvariant()));
    }

    public static async Task<HubRecords> LoadAsync(HubClient client, string connectorId, ILookup<string, (string Channel, string Status)> messages)
    {
        var inbound = (await client.AllAsync($"/api/v1/inbound?connector={connectorId}"))
            .GroupBy(r => (string)r["deliveryId"]!)
            .ToDictionary(g => g.Key, g => ((string?)g.First()["status"] ?? "").ToLowerInvariant());
        var events = new Dictionary<long, List<(string, string)>>();
        foreach (var e in (await client.AllAsync($"/api/v1/events?connector={connectorId}")).DistinctBy(e => (string?)e["id"]))
        {
            if (OrderNumbers.Find(e["data"]?["order"]?["number"]?.GetValue<string>()) is { } sequence)
            {
                if (!events.TryGetValue(sequence, out var list))
                {
                    events[sequence] = list = [];
                }
                list.Add(((string)e["id"]!, ((string?)e["status"] ?? "").ToLowerInvariant()));
            }
        }
        return new HubRecords(inbound, events, messages);
    }
}
