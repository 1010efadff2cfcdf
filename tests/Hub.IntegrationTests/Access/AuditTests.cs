using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.IntegrationTests.Contacts;
using Hub.IntegrationTests.Infrastructure;
using Hub.IntegrationTests.Providers;
using Hub.IntegrationTests.Workflows;

namespace Hub.IntegrationTests.Access;

/// <summary>
/// The audit log on a real Hub per database: configuration changes through the admin API appear in
/// <c>GET /api/v1/audit</c> with who, what and before/after, and no secret they carried is in the answer or in the
/// audit table's rows; the filters select and page, and a bad filter is a 400 problem.
/// </summary>
public abstract class AuditTests(IHubDatabase database) : IAsyncLifetime
{
    private Dictionary<string, string> _environment = null!;
    private HubProcess _hub = null!;
    private HubClient _client = null!;

    public async Task InitializeAsync()
    {
        _environment = await database.CreateEnvironmentAsync();
        _hub = await HubProcess.StartAsync(_environment);
        _client = new HubClient(_hub.BaseAddress);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _hub.DisposeAsync();
    }

    [Fact]
    public async Task A_connector_secret_rotation_and_a_provider_credential_change_are_audited_without_the_secrets()
    {
        var firstSecret = $"shpss_first_{Guid.NewGuid():N}";
        var secondSecret = $"shpss_second_{Guid.NewGuid():N}";
        var firstCredential = WebhookSecret();
        var secondCredential = WebhookSecret();

        await _client.PutConnectorAsync("audit-shop", "shopify", firstSecret, new { defaultRegion = "NO" });
        await _client.PutConnectorAsync("audit-shop", "shopify", secondSecret, new { defaultRegion = "NO" });
        await _client.PutConnectorAsync("audit-shop", "shopify", secondSecret, new { defaultRegion = "SE" });
        await PutProviderAsync(firstCredential, timeoutSeconds: 10);
        await PutProviderAsync(secondCredential, timeoutSeconds: 20);

        var connector = await AuditAsync("resourceType=connector&resourceId=audit-shop");
        Assert.Equal(["connector.updated", "connector.updated", "connector.created"], connector.Select(e => (string)e["action"]!));
        Assert.All(connector, e => Assert.Equal("bootstrap", (string?)e["actor"]));
        var (settingsChanged, rotated, created) = (connector[0], connector[1], connector[2]);
        Assert.Null(created["before"]);
        Assert.True((bool)created["after"]!["secret"]!["changed"]!);
        Assert.Equal("***", (string?)rotated["before"]!["secret"]);
        Assert.True((bool)rotated["after"]!["secret"]!["changed"]!, "the rotation says the secret changed");
        Assert.Equal("NO", (string?)rotated["after"]!["settings"]!["defaultRegion"]);
        Assert.False((bool)settingsChanged["after"]!["secret"]!["changed"]!, "the same secret again is no change");
        Assert.Equal("NO", (string?)settingsChanged["before"]!["settings"]!["defaultRegion"]);
        Assert.Equal("SE", (string?)settingsChanged["after"]!["settings"]!["defaultRegion"]);
        Assert.True(DateTimeOffset.Parse((string)settingsChanged["at"]!, System.Globalization.CultureInfo.InvariantCulture)
            >= DateTimeOffset.Parse((string)created["at"]!, System.Globalization.CultureInfo.InvariantCulture));

        var provider = await AuditAsync("resourceType=provider&resourceId=audit-hook");
        Assert.Equal(["provider.updated", "provider.created"], provider.Select(e => (string)e["action"]!));
        var updated = provider[0];
        Assert.Equal("bootstrap", (string?)updated["actor"]);
        Assert.Equal("***", (string?)updated["before"]!["credentials"]!["secret"]);
        Assert.True((bool)updated["after"]!["credentials"]!["secret"]!["changed"]!);
        Assert.Equal(10, (int)updated["before"]!["settings"]!["timeoutSeconds"]!);
        Assert.Equal(20, (int)updated["after"]!["settings"]!["timeoutSeconds"]!);

        string[] secrets = [firstSecret, secondSecret, firstCredential, secondCredential];
        using (var response = await _client.Admin.GetAsync("/api/v1/audit?limit=500"))
        {
            var text = await response.Content.ReadAsStringAsync();
            Assert.Contains("audit-shop", text, StringComparison.Ordinal);
            Assert.All(secrets, s => Assert.DoesNotContain(s, text, StringComparison.Ordinal));
        }
        var rows = await AuditRows.ReadAsync(_environment);
        Assert.Equal(3, rows.Count(r => r.Contains("audit-shop", StringComparison.Ordinal)));
        Assert.Equal(2, rows.Count(r => r.Contains("audit-hook", StringComparison.Ordinal)));
        Assert.All(secrets, s => Assert.DoesNotContain(rows, r => r.Contains(s, StringComparison.Ordinal)));
        // Nor anywhere else in the database: the connector and the provider keep theirs encrypted.
        Assert.Empty(await DatabaseText.FindAsync(_environment, secrets));
    }

    [Fact]
    public async Task Workflow_publishes_and_a_rollback_are_audited_and_the_filters_select_page_and_refuse_bad_values()
    {
        var workflows = new WorkflowApi(_client);
        Assert.Equal(1, await workflows.PublishAsync("audit-welcome", Welcome("Welcome")));
        Assert.Equal(2, await workflows.PublishAsync("audit-welcome", Welcome("Welcome again")));
        Assert.Equal(1, await workflows.RollbackAsync("audit-welcome", 1));
        using (var channel = await _client.PutChannelAsync("sms", "sandbox"))
        {
            Assert.Equal(HttpStatusCode.OK, channel.StatusCode);
        }

        var published = await AuditAsync("action=workflow.published&resourceId=audit-welcome");
        Assert.Equal(2, published.Count);
        Assert.Null(published[1]["before"]);
        Assert.Equal(1, (int)published[1]["after"]!["number"]!);
        Assert.Equal(1, (int)published[0]["before"]!["number"]!);
        Assert.Equal(2, (int)published[0]["after"]!["number"]!);
        Assert.NotEqual((string?)published[0]["before"]!["version"], (string?)published[0]["after"]!["version"]);
        var rollback = Assert.Single(await AuditAsync("action=workflow.rolled_back"));
        Assert.Equal(2, (int)rollback["before"]!["number"]!);
        Assert.Equal(1, (int)rollback["after"]!["number"]!);
        Assert.Equal("workflow", (string?)rollback["resourceType"]);
        Assert.Equal("bootstrap", (string?)rollback["actor"]);

        var all = await AuditAsync("actor=bootstrap");
        Assert.Equal(["channel.updated", "workflow.rolled_back", "workflow.published", "workflow.published"], all.Select(e => (string)e["action"]!));
        Assert.Equal(["sandbox"], all[0]["after"]!["providers"]!.AsArray().Select(p => (string)p!));
        Assert.Empty(await AuditAsync("actor=someone-else"));
        Assert.Equal(3, (await AuditAsync("resourceType=workflow")).Count);
        Assert.Empty(await AuditAsync("resourceId=no-such-workflow"));
        var second = Assert.Single(await AuditAsync("actor=bootstrap&limit=1&offset=1"));
        Assert.Equal((string?)all[1]["id"], (string?)second["id"]);

        var rolledBackAt = Uri.EscapeDataString((string)all[1]["at"]!);
        var since = await AuditAsync($"since={rolledBackAt}");
        Assert.Equal([(string)all[0]["id"]!, (string)all[1]["id"]!], since.Select(e => (string)e["id"]!));
        var until = await AuditAsync($"until={rolledBackAt}");
        Assert.Equal([(string)all[2]["id"]!, (string)all[3]["id"]!], until.Select(e => (string)e["id"]!));

        await AssertBadFilterAsync("since=yesterday", "since");
        await AssertBadFilterAsync("until=2026-12-01", "until");
        await AssertBadFilterAsync("since=2026-12-02T10:00:00Z&until=2026-12-01T10:00:00Z", "until");
        await AssertBadFilterAsync($"action={new string('a', 400)}", "action");
        using var notNumber = await _client.Admin.GetAsync("/api/v1/audit?limit=many");
        Assert.Equal(HttpStatusCode.BadRequest, notNumber.StatusCode);
        Assert.Equal("application/problem+json", notNumber.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Staff_consent_changes_the_consent_policy_and_an_erasure_are_audited_and_the_erased_contact_is_not_in_the_log()
    {
        var phone = $"+4790{Random.Shared.Next(100000, 999999)}";
        var email = $"audit-{Guid.NewGuid():N}@example.com";
        string contactId;
        using (var created = await _client.Admin.PostAsJsonAsync("/api/v1/contacts", new { phone, email, firstName = "Kari" }))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            contactId = (string)(await created.Content.ReadFromJsonAsync<JsonObject>())!["contact"]!["id"]!;
        }
        using (var consent = await _client.Admin.PutAsJsonAsync($"/api/v1/contacts/{contactId}/consent",
            new { channel = "sms", purpose = "marketing", state = "opted_out", evidence = $"called from {phone}" }))
        {
            Assert.Equal(HttpStatusCode.OK, consent.StatusCode);
        }
        using (var policy = await _client.Admin.PutAsJsonAsync("/api/v1/consent-policy", new JsonObject { ["requireMarketingOptIn"] = true }))
        {
            Assert.Equal(HttpStatusCode.OK, policy.StatusCode);
        }
        using (var erased = await _client.Admin.DeleteAsync($"/api/v1/contacts/{contactId}"))
        {
            Assert.Equal(HttpStatusCode.NoContent, erased.StatusCode);
        }

        var contact = await AuditAsync($"resourceType=contact&resourceId={contactId}");
        Assert.Equal(["contact.erased", "consent.changed"], contact.Select(e => (string)e["action"]!));
        var changed = contact[1];
        Assert.Equal("unknown", (string?)changed["before"]!["state"]);
        Assert.Equal("opted_out", (string?)changed["after"]!["state"]);
        Assert.Equal("api", (string?)changed["after"]!["source"]);
        var policyChange = Assert.Single(await AuditAsync("action=consent_policy.updated"));
        Assert.False((bool)policyChange["before"]!["requireMarketingOptIn"]!);
        Assert.True((bool)policyChange["after"]!["requireMarketingOptIn"]!);
        var rows = await AuditRows.ReadAsync(_environment);
        Assert.Equal(2, rows.Count(r => r.Contains(contactId, StringComparison.OrdinalIgnoreCase)));
        Assert.DoesNotContain(rows, r => r.Contains(phone, StringComparison.Ordinal) || r.Contains(email, StringComparison.OrdinalIgnoreCase));
    }

    private async Task AssertBadFilterAsync(string query, string field)
    {
        using var response = await _client.Admin.GetAsync($"/api/v1/audit?{query}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.NotNull(problem["errors"]![field]);
    }

    private async Task PutProviderAsync(string secret, int timeoutSeconds)
    {
        using var response = await _client.PutProviderAsync("audit-hook",
            new { type = "webhook", settings = new { url = "http://127.0.0.1:9/hook", timeoutSeconds }, credentials = new { secret } });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    // Base64 without '+' and '/', so that no JSON escaping could hide it from the text searches.
    private static string WebhookSecret() =>
        "whsec_" + Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)).Replace('+', 'A').Replace('/', 'B');

    private async Task<List<JsonNode>> AuditAsync(string query) =>
        [.. (await _client.GetArrayAsync($"/api/v1/audit?{query}")).Select(e => e!)];

    private static string Welcome(string name) => $"""
        id: audit-welcome
        name: {name}
        trigger: order.created
        steps:
          - id: greet
            send: {"{"} template: order-confirmation, channels: [sms] {"}"}
        """;
}
