using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Hub.IntegrationTests.Infrastructure;
using Hub.Load.Measurement;
using Hub.Load.Sink;

namespace Hub.Load.HubPhases;

/// <summary>
/// Signed Shopify <c>orders/create</c> deliveries to one connector, each a distinct order whose number
/// (<see cref="OrderNumbers"/>) and delivery id carry its sequence number. Remembers when each acknowledged one was due.
/// </summary>
internal sealed class WebhookTraffic
{
    private const string IdMarker = "777000000000001";
    private const string NumberMarker = "777000000000002";
    private const string NameMarker = "#B777777777";
    private static readonly Lazy<string> Template = new(() =>
    {
        var order = JsonNode.Parse(ShopifyWebhook.OrderCreatedFixture())!.AsObject();
        order["id"] = long.Parse(IdMarker, CultureInfo.InvariantCulture);
        order["order_number"] = long.Parse(NumberMarker, CultureInfo.InvariantCulture);
        order["name"] = NameMarker;
        return order.ToJsonString();
    });

    private readonly HttpClient http;
    private readonly string secret;
    private long next;

    public WebhookTraffic(HttpClient http, string connectorId, string secret, long firstSequence)
    {
        this.http = http;
        this.secret = secret;
        ConnectorId = connectorId;
        next = firstSequence - 1;
    }

    public string ConnectorId { get; }

    /// <summary>Sequence number → due time (Stopwatch ticks) of every webhook Hub answered 2xx.</summary>
    public ConcurrentDictionary<long, long> Acknowledged { get; } = new();

    public static string DeliveryId(long sequence) => string.Create(CultureInfo.InvariantCulture, $"load-{sequence}");

    public async Task<Outcome> PostAsync(long scheduled)
    {
        var sequence = Interlocked.Increment(ref next);
        var (outcome, _) = await HttpOperation.SendAsync(http, Request(sequence, signature: null));
        if (outcome == Outcome.Expected)
        {
            Acknowledged[sequence] = scheduled;
        }
        return outcome;
    }

    /// <summary>The reject path: a correctly shaped delivery whose HMAC is wrong must get 401 and store nothing.</summary>
    public async Task<Outcome> PostBadSignatureAsync(long scheduled)
    {
        var sequence = Interlocked.Increment(ref next);
        var (outcome, _) = await HttpOperation.SendAsync(http, Request(sequence, signature: "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="), HttpStatusCode.Unauthorized);
        return outcome;
    }

    private HttpRequestMessage Request(long sequence, string? signature)
    {
        var text = sequence.ToString(CultureInfo.InvariantCulture);
        var body = Encoding.UTF8.GetBytes(Template.Value
            .Replace(IdMarker, text, StringComparison.Ordinal)
            .Replace(NumberMarker, text, StringComparison.Ordinal)
            .Replace(NameMarker, OrderNumbers.Format(sequence), StringComparison.Ordinal));
        return ShopifyWebhook.Request(ConnectorId, body, secret, DeliveryId(sequence), signature: signature);
    }
}
