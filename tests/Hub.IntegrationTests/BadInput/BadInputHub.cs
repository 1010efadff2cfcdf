using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.BadInput;

/// <summary>
/// One Hub process per database for the whole bad-input corpus, logging at Information (plus one line per finished
/// request, the marker that says the log has caught up with a case), with a Shopify connector to sign for and two
/// HubSpot connectors whose enrichment API points at addresses the outbound guard refuses (no allow-list is set).
/// </summary>
public abstract class BadInputHub : IAsyncLifetime
{
    public const string ShopId = "shop";
    public const string ShopSecret = "bad-input-secret";
    public const string LoopbackCrmId = "crm-loopback";
    public const string MetadataCrmId = "crm-metadata";
    public const string CrmSecret = "bad-input-crm-secret";
    public const string CrmWebhookUrl = "https://hub.example.com/webhooks/crm";

    private HubProcess? _hub;
    private HubClient? _client;

    public abstract string DatabaseName { get; }

    public HubProcess Process => _hub ?? throw new InvalidOperationException("The bad-input Hub has not started.");

    public HubClient Client => _client ?? throw new InvalidOperationException("The bad-input Hub has not started.");

    protected abstract Task<Dictionary<string, string>> CreateEnvironmentAsync();

    public async Task InitializeAsync()
    {
        var environment = await CreateEnvironmentAsync();
        // Error logs would show at Warning already; Information shows anything noisy that a probe could trigger.
        environment["Logging__LogLevel__Default"] = "Information";
        environment["Logging__LogLevel__Microsoft.AspNetCore.Hosting.Diagnostics"] = "Information";
        environment["Hub__Jobs__MaxAttempts"] = "2";
        environment["Hub__Jobs__BackoffBase"] = "00:00:00.050";
        _hub = await HubProcess.StartAsync(environment);
        _client = new HubClient(_hub.BaseAddress);
        await Client.PutConnectorAsync(ShopId, "shopify", ShopSecret, new { defaultRegion = "US" });
        await Client.PutConnectorAsync(LoopbackCrmId, "hubspot", CrmSecret, new { webhookUrl = CrmWebhookUrl, apiBase = "http://127.0.0.1:9" }, new { accessToken = "pat-test" });
        await Client.PutConnectorAsync(MetadataCrmId, "hubspot", CrmSecret, new { webhookUrl = CrmWebhookUrl, apiBase = "http://169.254.169.254/latest" }, new { accessToken = "pat-test" });
    }

    /// <summary>What the API shows as stored: connectors, inbound requests and events (a rejected request adds none).</summary>
    public async Task<StoredCounts> CountStoredAsync() => new(
        (await Client.GetArrayAsync("/api/v1/connectors")).Count,
        (await Client.AllAsync("/api/v1/inbound")).Count,
        (await Client.AllAsync("/api/v1/events")).Count);

    /// <summary>
    /// Waits until Hub has logged the end of a request made after the case: the console logger writes in order, so
    /// whatever the case logged is in the output by then.
    /// </summary>
    public async Task<string> LogOfCaseAsync(long mark)
    {
        var marker = Guid.NewGuid().ToString("N");
        using (await Client.Http.GetAsync(new Uri($"/health/live?mark={marker}", UriKind.Relative)))
        {
        }
        return await Eventually.Until(() => Task.FromResult(Process.OutputSince(mark)),
            log => log.Split('\n').Any(line => line.Contains("Request finished", StringComparison.Ordinal) && line.Contains(marker, StringComparison.Ordinal)),
            TimeSpan.FromSeconds(10), "Hub logs the end of the marker request");
    }

    /// <summary>The stored inbound request once it is no longer pending.</summary>
    public Task<JsonObject> ProcessedInboundAsync(string requestId) =>
        Eventually.Until(async () => (await Client.Admin.GetFromJsonAsync<JsonObject>($"/api/v1/inbound/{requestId}"))!,
            r => (string?)r["status"] != "pending", TimeSpan.FromSeconds(30), $"inbound request {requestId} is processed");

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_hub is not null)
        {
            await _hub.DisposeAsync();
        }
        await DisposeDatabaseAsync();
    }

    protected virtual Task DisposeDatabaseAsync() => Task.CompletedTask;
}
