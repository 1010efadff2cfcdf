using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Hub.IntegrationTests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Hub.IntegrationTests.Connectors;

/// <summary>
/// Acceptance: a HubSpot batch yields one canonical event per element, with the contact's phone and email fetched
/// from HubSpot's CRM API (a WireMock fake at its documented contract); when the API answers 401 the request is
/// dead-lettered with that reason.
/// </summary>
public sealed class HubSpotEnrichmentTests : IAsyncLifetime, IDisposable
{
    private const string ClientSecret = "hubspot-client-secret";
    private const string AccessToken = "pat-na1-test-token";
    private const string WebhookUrl = "https://hub.example.com/webhooks/crm";
    private readonly WireMockServer _hubspotApi = WireMockServer.Start();
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("hub-hubspot-");
    private HubProcess _hub = null!;
    private HubClient _client = null!;

    public async Task InitializeAsync()
    {
        var environment = HubEnvironment.Sqlite(Path.Combine(_directory.FullName, "hub.db"));
        // The fake CRM listens on loopback, which the outbound guard refuses unless allow-listed.
        environment["Hub__Outbound__AllowedNetworks__0"] = "127.0.0.1/32";
        _hub = await HubProcess.StartAsync(environment);
        _client = new HubClient(_hub.BaseAddress);
    }

    [Fact]
    public async Task A_batch_becomes_one_event_per_element_with_contacts_filled_in_from_the_crm()
    {
        StubContact(1246965, "Ada", "Lovelace", "ada@example.com", "+44 20 7946 0958");
        StubContact(1246978, "Grace", "Hopper", "grace@example.com", "(213) 373-4253");
        await _client.PutConnectorAsync("crm", "hubspot", ClientSecret, new { webhookUrl = WebhookUrl, apiBase = _hubspotApi.Url, defaultRegion = "US" }, new { accessToken = AccessToken });

        using var response = await PostBatchAsync();
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);

        var events = await Eventually.Until(() => _client.EventsAsync("crm"), e => e.Count == 2, TimeSpan.FromSeconds(30), "both batch elements become events");
        var byType = events.ToDictionary(e => (string)e!["type"]!, e => e!["data"]!["contact"]!);
        Assert.Equal("ada@example.com", (string?)byType["contact.updated"]["email"]);
        Assert.Equal("+442079460958", (string?)byType["contact.updated"]["phone"]);
        Assert.Equal("grace@example.com", (string?)byType["contact.created"]["email"]);
        Assert.Equal("+12133734253", (string?)byType["contact.created"]["phone"]);
        Assert.All(_hubspotApi.LogEntries, e => Assert.Equal($"Bearer {AccessToken}", e.RequestMessage!.Headers!["Authorization"].Single()));
    }

    [Fact]
    public async Task A_refused_crm_call_dead_letters_the_request_with_the_reason()
    {
        _hubspotApi.Given(Request.Create().WithPath("/crm/v3/objects/contacts/*").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(401).WithHeader("Content-Type", "application/json")
                .WithBody("""{"status":"error","message":"Authentication credentials not found.","category":"INVALID_AUTHENTICATION"}"""));
        await _client.PutConnectorAsync("crm", "hubspot", ClientSecret, new { webhookUrl = WebhookUrl, apiBase = _hubspotApi.Url }, new { accessToken = "revoked" });

        using var response = await PostBatchAsync();
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);

        var failed = await Eventually.Until(() => _client.GetArrayAsync("/api/v1/inbound?connector=crm&status=failed"), f => f.Count == 1,
            TimeSpan.FromSeconds(30), "the request is dead-lettered");
        Assert.Contains("401", (string?)failed[0]!["lastError"], StringComparison.Ordinal);
        Assert.Empty(await _client.EventsAsync("crm"));
    }

    [Fact]
    public async Task Without_an_allow_list_a_lookup_to_loopback_is_refused_and_never_sent()
    {
        StubContact(1246965, "Ada", "Lovelace", "ada@example.com", "+44 20 7946 0958");
        await using var guarded = await HubProcess.StartAsync(HubEnvironment.Sqlite(Path.Combine(_directory.FullName, "guarded.db")));
        using var client = new HubClient(guarded.BaseAddress);
        await client.PutConnectorAsync("crm", "hubspot", ClientSecret, new { webhookUrl = WebhookUrl, apiBase = _hubspotApi.Url }, new { accessToken = AccessToken });

        using var response = await PostBatchAsync(client);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);

        var failed = await Eventually.Until(() => client.GetArrayAsync("/api/v1/inbound?connector=crm&status=failed"), f => f.Count == 1,
            TimeSpan.FromSeconds(30), "the request is dead-lettered, not retried");
        Assert.Contains("Refused to connect to", (string?)failed[0]!["lastError"], StringComparison.Ordinal);
        Assert.Contains("Hub:Outbound:AllowedNetworks", (string?)failed[0]!["lastError"], StringComparison.Ordinal);
        Assert.Empty(_hubspotApi.LogEntries);
    }

    private void StubContact(long id, string first, string last, string email, string phone) =>
        _hubspotApi.Given(Request.Create().WithPath($"/crm/v3/objects/contacts/{id}").UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody($$"""
                {"id":"{{id}}","properties":{"createdate":"2026-01-01T10:00:00.000Z","email":"{{email}}","firstname":"{{first}}",
                 "lastname":"{{last}}","phone":"{{phone}}","hs_language":"en","hs_object_id":"{{id}}","lastmodifieddate":"2026-01-02T10:00:00.000Z"},
                 "createdAt":"2026-01-01T10:00:00.000Z","updatedAt":"2026-01-02T10:00:00.000Z","archived":false}
                """));

    /// <summary>The documented batch, signed with HubSpot's v3 scheme over the URL configured on the connector.</summary>
    private Task<HttpResponseMessage> PostBatchAsync() => PostBatchAsync(_client);

    private static async Task<HttpResponseMessage> PostBatchAsync(HubClient client)
    {
        var body = await File.ReadAllBytesAsync(RepoPaths.Fixture("webhooks/hubspot/batch.contact.propertyChange+contact.creation.json"));
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var signed = Encoding.UTF8.GetBytes("POST" + WebhookUrl).Concat(body).Concat(Encoding.UTF8.GetBytes(timestamp)).ToArray();
        var signature = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(ClientSecret), signed));
        var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/crm") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("X-HubSpot-Signature-v3", signature);
        request.Headers.Add("X-HubSpot-Request-Timestamp", timestamp);
        request.Headers.Add("X-HubSpot-Signature-Version", "v3");
        return await client.Http.SendAsync(request);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _hub.DisposeAsync();
    }

    public void Dispose()
    {
        _hubspotApi.Stop();
        _hubspotApi.Dispose();
        _directory.Delete(recursive: true);
    }
}
