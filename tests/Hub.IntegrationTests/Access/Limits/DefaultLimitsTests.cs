using System.Net;
using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Access.Limits;

/// <summary>
/// The default limits are for runaways only: a burst of webhooks to one connector as fast as 16 senders go, and a
/// script's admin calls back to back, all pass. Runs once per database (see the subclasses).
/// </summary>
public abstract class DefaultLimitsTests(IHubDatabase database) : IAsyncLifetime
{
    private const string Secret = "defaults-secret";
    private const int Webhooks = 300;
    private const int AdminCalls = 500;
    private HubProcess _hub = null!;
    private HubClient _client = null!;

    public async Task InitializeAsync()
    {
        _hub = await HubProcess.StartAsync(await database.CreateEnvironmentAsync());
        _client = new HubClient(_hub.BaseAddress);
        await _client.PutConnectorAsync("busy", "shopify", Secret, new { defaultRegion = "US" });
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _hub.DisposeAsync();
    }

    [Fact]
    public async Task Normal_traffic_is_not_throttled_by_the_defaults()
    {
        // Throws on any answer but 202.
        await WebhookLoad.PostOrdersAsync([_client.Http], "busy", Secret, Webhooks, firstOrderId: 73_000);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < AdminCalls; i++)
        {
            using var response = await _client.Admin.GetAsync(new Uri("/api/v1/connectors", UriKind.Relative));
            statuses.Add(response.StatusCode);
        }
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(Webhooks, (await _client.AllAsync("/api/v1/inbound?connector=busy")).Count);
    }
}
