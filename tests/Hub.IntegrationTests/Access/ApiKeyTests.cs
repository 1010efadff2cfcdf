using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.IntegrationTests.Contacts;
using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Access;

/// <summary>
/// API keys and workspaces in a real Hub process: a key is shown once and stored hashed, acts with its role in its
/// workspace, and stops working when revoked; the bootstrap key chooses its workspace; viewers see personal data masked.
/// </summary>
public abstract class ApiKeyTests(IHubDatabase database) : IAsyncLifetime
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
    public async Task A_key_is_shown_once_stored_hashed_acts_with_its_role_and_stops_when_revoked()
    {
        var (id, key) = await AccessClient.CreateKeyAsync(_client.Admin, "crm-sync", "editor");
        Assert.StartsWith("hub_", key, StringComparison.Ordinal);
        Assert.True(key.Length >= 40, key.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));

        using var editor = AccessClient.WithKey(_hub.BaseAddress, key);
        using (var read = await editor.GetAsync("/api/v1/messages"))
        {
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        }
        using (var keys = await editor.GetAsync("/api/v1/api-keys"))
        {
            Assert.Equal(HttpStatusCode.Forbidden, keys.StatusCode); // keys are for admins
            Assert.Equal("application/problem+json", keys.Content.Headers.ContentType?.MediaType);
        }

        var listed = (await _client.GetArrayAsync("/api/v1/api-keys")).Single(k => (string)k!["id"]! == id.ToString())!;
        Assert.Equal("crm-sync", (string)listed["name"]!);
        Assert.Equal("editor", (string)listed["role"]!);
        Assert.Equal(key[..10], (string)listed["prefix"]!);
        Assert.Null(listed["key"]);
        Assert.NotNull(listed["lastUsedAt"]);
        Assert.DoesNotContain(key, listed.ToJsonString(), StringComparison.Ordinal);
        // Stored as its hash only: the key's text is nowhere in the database.
        Assert.Empty(await DatabaseText.FindAsync(_environment, [key[10..]]));

        using (var revoke = await _client.Admin.DeleteAsync($"/api/v1/api-keys/{id}"))
        {
            Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        }
        using (var refused = await editor.GetAsync("/api/v1/messages"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }
        var revoked = (await _client.GetArrayAsync("/api/v1/api-keys")).Single(k => (string)k!["id"]! == id.ToString())!;
        Assert.NotNull(revoked["revokedAt"]);
    }

    [Fact]
    public async Task A_bad_key_request_is_a_problem_naming_the_fields()
    {
        using var response = await _client.Admin.PostAsJsonAsync("/api/v1/api-keys", new { name = " ", role = "superuser" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.NotNull(problem["errors"]!["name"]);
        Assert.NotNull(problem["errors"]!["role"]);
        using var unknown = await _client.Admin.DeleteAsync($"/api/v1/api-keys/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Workspaces_are_for_owners_and_the_bootstrap_key_acts_in_the_one_it_names()
    {
        await AccessClient.CreateWorkspaceAsync(_hub.BaseAddress, "ws-owners");
        using (var again = await _client.Admin.PostAsJsonAsync("/api/v1/workspaces", new { id = "ws-owners", name = "Again" }))
        {
            Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        }
        using (var bad = await _client.Admin.PostAsJsonAsync("/api/v1/workspaces", new { id = "Not Valid!", name = "" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        }
        var ids = (await _client.GetArrayAsync("/api/v1/workspaces")).Select(w => (string)w!["id"]!).ToList();
        Assert.Contains("default", ids);
        Assert.Contains("ws-owners", ids);

        // An admin of a workspace is no owner.
        var (_, admin) = await AccessClient.CreateKeyAsync(_client.Admin, "ws-admin", "admin");
        using var adminClient = AccessClient.WithKey(_hub.BaseAddress, admin);
        using (var forbidden = await adminClient.PostAsJsonAsync("/api/v1/workspaces", new { id = "ws-not-mine", name = "No" }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        }

        // The bootstrap key in the new workspace makes a key of that workspace; it sees that workspace's keys only.
        using var inWorkspace = AccessClient.WithKey(_hub.BaseAddress, HubClient.AdminKey, "ws-owners");
        var (_, workspaceKey) = await AccessClient.CreateKeyAsync(inWorkspace, "ws-owners-admin", "admin");
        using var workspaceAdmin = AccessClient.WithKey(_hub.BaseAddress, workspaceKey);
        var theirs = await workspaceAdmin.GetFromJsonAsync<JsonArray>("/api/v1/api-keys");
        Assert.All(theirs!, k => Assert.Equal("ws-owners", (string)k!["workspaceId"]!));
        Assert.Contains(theirs!, k => (string)k!["name"]! == "ws-owners-admin");
        Assert.DoesNotContain(theirs!, k => (string)k!["name"]! == "ws-admin");

        using var nowhere = AccessClient.WithKey(_hub.BaseAddress, HubClient.AdminKey, "no-such-workspace");
        using var missing = await nowhere.GetAsync("/api/v1/messages");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("no-such-workspace", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_viewer_sees_phone_numbers_emails_and_bodies_masked_and_an_admin_sees_them_whole()
    {
        const string phone = "+4791234567";
        const string email = "kari.nordmann@example.no";
        using (var contact = await _client.Admin.PostAsJsonAsync("/api/v1/contacts", new { phone, email, firstName = "Kari", lastName = "Nordmann" }))
        {
            Assert.True(contact.IsSuccessStatusCode, await contact.Content.ReadAsStringAsync());
        }
        Guid messageId;
        using (var send = await _client.Admin.PostAsJsonAsync("/api/v1/messages", new
        {
            to = new { phone }, channels = new[] { "sms" }, text = "Hei Kari, ordren din er sendt.", purpose = "transactional",
        }))
        {
            Assert.Equal(HttpStatusCode.Accepted, send.StatusCode);
            messageId = Guid.Parse((string)JsonNode.Parse(await send.Content.ReadAsStringAsync())!["id"]!);
        }
        var (_, viewerKey) = await AccessClient.CreateKeyAsync(_client.Admin, "dashboard", "viewer");
        var (_, adminKey) = await AccessClient.CreateKeyAsync(_client.Admin, "ops", "admin");
        using var viewer = AccessClient.WithKey(_hub.BaseAddress, viewerKey);
        using var admin = AccessClient.WithKey(_hub.BaseAddress, adminKey);

        var masked = (await viewer.GetFromJsonAsync<JsonArray>($"/api/v1/messages?to={Uri.EscapeDataString(phone)}"))!.Single()!;
        Assert.Equal("+47 9** ** 567", (string)masked["to"]!);
        Assert.DoesNotContain("Kari", (string)masked["body"]!, StringComparison.Ordinal);
        var maskedDetail = (await viewer.GetFromJsonAsync<JsonNode>($"/api/v1/messages/{messageId}"))!;
        Assert.Equal("+47 9** ** 567", (string)maskedDetail["message"]!["to"]!);
        var whole = (await admin.GetFromJsonAsync<JsonNode>($"/api/v1/messages/{messageId}"))!;
        Assert.Equal(phone, (string)whole["message"]!["to"]!);
        Assert.Equal("Hei Kari, ordren din er sendt.", (string)whole["message"]!["body"]!);

        var found = (await viewer.GetFromJsonAsync<JsonArray>($"/api/v1/contacts?phone={Uri.EscapeDataString(phone)}"))!.Single()!;
        Assert.Equal("+47 9** ** 567", (string)found["phone"]!);
        Assert.Equal("k***@example.no", (string)found["email"]!);
        var id = (string)found["id"]!;
        var viewed = (await viewer.GetFromJsonAsync<JsonNode>($"/api/v1/contacts/{id}"))!.ToJsonString();
        Assert.DoesNotContain("91234567", viewed, StringComparison.Ordinal);
        Assert.DoesNotContain("kari.nordmann", viewed, StringComparison.Ordinal);
        Assert.DoesNotContain("Nordmann", viewed, StringComparison.Ordinal);
        var shown = (await admin.GetFromJsonAsync<JsonNode>($"/api/v1/contacts/{id}"))!;
        Assert.Equal(phone, (string)shown["contact"]!["phone"]!);
        Assert.Equal(email, (string)shown["contact"]!["email"]!);
    }
}
