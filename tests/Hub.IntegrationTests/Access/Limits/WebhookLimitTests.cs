using System.Net;
using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Access.Limits;

/// <summary>
/// The per-connector limit of <c>POST /webhooks/{id}</c>, configured tiny (2 a second, no burst above that): the
/// request over it is 429 with Retry-After and leaves nothing stored, other connectors are untouched, and the
/// connector takes webhooks again once its bucket refills. Runs once per database (see the subclasses).
/// </summary>
public abstract class WebhookLimitTests(IHubDatabase database) : IAsyncLifetime
{
    private const string Secret = "limit-secret";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private HubProcess _hub = null!;
    private HubClient _client = null!;

    public async Task InitializeAsync()
    {
        var environment = await database.CreateEnvironmentAsync();
        environment["Hub__Limits__Webhooks__PerSecond"] = "2";
        environment["Hub__Limits__Webhooks__Burst"] = "0";
        _hub = await HubProcess.StartAsync(environment);
        _client = new HubClient(_hub.BaseAddress);
        await _client.PutConnectorAsync("limited", "shopify", Secret, new { defaultRegion = "US" });
        await _client.PutConnectorAsync("unhurried", "shopify", Secret, new { defaultRegion = "US" });
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _hub.DisposeAsync();
    }

    [Fact]
    public async Task A_webhook_over_the_connector_limit_is_429_with_Retry_After_and_is_not_stored()
    {
        var accepted = new List<string>();
        string? refused = null;
        HttpResponseMessage? refusal = null;
        // The bucket holds 2: the third quick request is refused, unless a token came back meanwhile (one every 0.5 s).
        for (var i = 0; i < 20 && refusal is null; i++)
        {
            var id = $"limited-{i}";
            var response = await PostAsync("limited", 70_000 + i, id);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                (refused, refusal) = (id, response);
                break;
            }
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            accepted.Add(id);
            response.Dispose();
        }
        Assert.NotNull(refusal);
        Assert.True(accepted.Count >= 2, $"the first two webhooks fit in the bucket; {accepted.Count} were accepted");
        using (refusal)
        {
            var retryAfter = await LimitAnswer.AssertTooManyRequestsAsync(refusal, "Hub:Limits:Webhooks");
            Assert.Equal(1, retryAfter);
        }

        // Per connector: another connector takes webhooks meanwhile.
        using (var other = await PostAsync("unhurried", 71_000, "unhurried-0"))
        {
            Assert.Equal(HttpStatusCode.Accepted, other.StatusCode);
        }

        // Nothing of the refused request is stored; every accepted one is.
        var stored = (await _client.InboundAsync("limited")).Select(r => (string)r!["deliveryId"]!).ToList();
        Assert.Equal(accepted.Order(), stored.Order());
        Assert.DoesNotContain(refused, stored);

        // The bucket refills: the connector takes webhooks again after Retry-After.
        var again = 0;
        await Eventually.Until(async () =>
        {
            using var response = await PostAsync("limited", 72_000 + again, $"limited-again-{again}");
            again++;
            return response.StatusCode;
        }, s => s == HttpStatusCode.Accepted, Patience, "the connector takes webhooks again");
    }

    private Task<HttpResponseMessage> PostAsync(string connector, long orderId, string webhookId) =>
        _client.Http.SendAsync(ShopifyWebhook.Request(connector, ShopifyWebhook.Order(orderId, $"#{orderId}"), Secret, webhookId));
}
