using System.Text.Json.Nodes;
using Hub.Core.Events;

namespace Hub.Tests.Workflows;

/// <summary>Canonical events as a connector would produce them.</summary>
internal static class SampleEvents
{
    public const string OrderData = """
        {
          "order": { "id": "1", "number": "#1001", "total": 25.5, "currency": "EUR" },
          "contact": { "firstName": "Ada", "phone": "+4915112345678", "locale": "de-DE" }
        }
        """;

    public static CanonicalEvent Create(string type, string dataJson) => new()
    {
        Id = "evt-1",
        Source = "/connectors/shop",
        Type = type,
        Subject = "order/1",
        Time = new DateTimeOffset(2025, 11, 28, 9, 30, 0, TimeSpan.Zero),
        Data = JsonNode.Parse(dataJson)!.AsObject(),
    };

    public static CanonicalEvent OrderCreated(string dataJson = OrderData) => Create("order.created", dataJson);
}
