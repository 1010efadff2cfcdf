using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.IntegrationTests.Connectors.Golden.Signing;
using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Connectors.Golden;

/// <summary>
/// One Hub process on one database for every golden case (starting Hub costs more than all the cases together),
/// its clock set to the golden receive time, with the source APIs faked. Cases are delivered one at a time, because
/// a case reconfigures its instance for itself; each is delivered once, whichever tests ask for it.
/// </summary>
public abstract class GoldenHub : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly SemaphoreSlim _turn = new(1, 1);
    private readonly ConcurrentDictionary<string, Lazy<Task<GoldenDelivery>>> _deliveries = new(StringComparer.Ordinal);
    private readonly RecordedSourceApis _sourceApis = new();
    private readonly Stopwatch _sinceStart = new();
    private HubProcess? _hub;
    private HubClient? _client;

    public abstract string DatabaseName { get; }

    /// <summary>The finest instant the database keeps: digits of a source's time below it do not survive storage.</summary>
    public abstract TimeSpan TimePrecision { get; }

    public HubClient Client => _client ?? throw new InvalidOperationException("The golden Hub has not started.");

    public GoldenConnectorPlan Plan { get; } = GoldenConnectorPlan.For(GoldenEndpointCase.Names().Select(GoldenEndpointCase.Load));

    /// <summary>
    /// Hub's clock as the senders see it: the golden receive time plus the time since the process was launched
    /// (Hub's own clock starts a little later, well within every replay window).
    /// </summary>
    private DateTimeOffset HubNow => GoldenEndpointCase.ReceivedAt + _sinceStart.Elapsed;

    protected abstract Task<Dictionary<string, string>> CreateEnvironmentAsync();

    public async Task InitializeAsync()
    {
        var environment = await CreateEnvironmentAsync();
        // Honoured in the Testing environment only: signed timestamps and receive-time fallbacks match the golden run.
        environment["Hub__Testing__Now"] = GoldenEndpointCase.ReceivedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        // The fake source APIs are on loopback, which the outbound SSRF guard refuses unless allowed.
        environment["Hub__Outbound__AllowedNetworks__0"] = "127.0.0.1/32";
        // A golden case that fails, fails for good (a mapping or a storage error): dead-letter it in moments, not minutes.
        environment["Hub__Jobs__MaxAttempts"] = "2";
        environment["Hub__Jobs__BackoffBase"] = "00:00:00.050";
        _sinceStart.Start();
        _hub = await HubProcess.StartAsync(environment);
        _client = new HubClient(_hub.BaseAddress);
    }

    /// <summary>Posts the case once (later calls get the same outcome) and waits until Hub has processed it.</summary>
    public Task<GoldenDelivery> DeliverAsync(string caseName) =>
        _deliveries.GetOrAdd(caseName, name => new Lazy<Task<GoldenDelivery>>(() => DeliverInTurnAsync(name))).Value;

    private async Task<GoldenDelivery> DeliverInTurnAsync(string caseName)
    {
        await _turn.WaitAsync();
        try
        {
            return await DeliverNowAsync(GoldenEndpointCase.Load(caseName));
        }
        finally
        {
            _turn.Release();
        }
    }

    private async Task<GoldenDelivery> DeliverNowAsync(GoldenEndpointCase golden)
    {
        var vendor = GoldenVendors.For(golden.ConnectorType);
        var connectorId = Plan.ConnectorIdFor(golden.Name);
        var settings = _sourceApis.Serve(golden, vendor);
        await Client.PutConnectorAsync(connectorId, golden.ConnectorType, vendor.Secret, settings, golden.Credentials);

        var webhook = new OutgoingWebhook(golden.Body(), golden.ContentType, vendor.Secret, settings, HubNow);
        foreach (var (name, value) in golden.Headers)
        {
            webhook.Headers[name] = value;
        }
        vendor.Signer.Sign(webhook);

        var before = await InboundIdsAsync(connectorId);
        using var request = webhook.ToRequest($"/webhooks/{connectorId}");
        using var response = await Client.Http.SendAsync(request);
        var answer = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode || answer.Contains("\"duplicate\":true", StringComparison.Ordinal))
        {
            return new GoldenDelivery(golden, connectorId, response.StatusCode, answer, [], []);
        }

        // Most sources get {"requestId": ...}; a source with its own reply (Salesforce's SOAP Ack) does not.
        var requestId = await Eventually.Until(() => NewInboundIdAsync(connectorId, before), id => id is not null, Patience,
            $"{golden.Name} is stored for {connectorId}");
        var inbound = await Eventually.Until(
            async () => (await Client.Admin.GetFromJsonAsync<JsonObject>($"/api/v1/inbound/{requestId}"))!,
            r => (string?)r["status"] != "pending", Patience, $"{golden.Name} (request {requestId}) is processed");

        var events = new List<JsonObject>();
        foreach (var listed in (await Client.EventsAsync(connectorId)).Where(e => (string?)e!["inboundRequestId"] == requestId))
        {
            var detail = await Client.Admin.GetFromJsonAsync<JsonObject>($"/api/v1/events/{(string)listed!["id"]!}");
            events.Add(detail!["event"]!.AsObject());
        }
        return new GoldenDelivery(golden, connectorId, response.StatusCode, answer, inbound, events);
    }

    private async Task<HashSet<string>> InboundIdsAsync(string connectorId) =>
        [.. (await Client.InboundAsync(connectorId)).Select(r => (string)r!["id"]!)];

    private async Task<string?> NewInboundIdAsync(string connectorId, HashSet<string> before) =>
        (await InboundIdsAsync(connectorId)).FirstOrDefault(id => !before.Contains(id));

    /// <summary>The tail of Hub's log, for failure messages.</summary>
    public string Output => _hub?.Output ?? "";

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_hub is not null)
        {
            await _hub.DisposeAsync();
        }
        _sourceApis.Dispose();
        _turn.Dispose();
        await DisposeDatabaseAsync();
    }

    protected virtual Task DisposeDatabaseAsync() => Task.CompletedTask;
}
