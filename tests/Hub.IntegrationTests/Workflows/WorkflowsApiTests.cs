using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Workflows;

/// <summary>Drafts, validation, publish and rollback, the schema, and instance cancel and retry, on a real Hub per database.</summary>
public abstract class WorkflowsApiTests(IHubDatabase database) : IAsyncLifetime
{
    private const string Welcome = """
        # Greets a new customer.
        id: welcome
        name: Welcome
        trigger: order.created
        steps:
          - id: greet
            send: { template: order-confirmation, channels: [sms] }
        """;

    private HubProcess _hub = null!;
    private HubClient _client = null!;
    private WorkflowApi _api = null!;

    public async Task InitializeAsync()
    {
        _hub = await HubProcess.StartAsync(await database.CreateEnvironmentAsync());
        _client = new HubClient(_hub.BaseAddress);
        _api = new WorkflowApi(_client);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _hub.DisposeAsync();
    }

    [Fact]
    public async Task A_draft_in_yaml_or_json_is_kept_apart_until_published_and_a_rollback_publishes_an_old_version_again()
    {
        var samples = await _client.GetArrayAsync("/api/v1/workflows");
        Assert.Contains(samples, w => (string?)w!["id"] == "order-confirmation" && (int?)w["publishedVersion"] == 1 && !(bool)w["hasDraft"]!);

        using (var saved = await _api.PutDraftAsync("welcome", Welcome))
        {
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        }
        var listed = Assert.Single(await _client.GetArrayAsync("/api/v1/workflows"), w => (string?)w!["id"] == "welcome")!;
        Assert.Null((int?)listed["publishedVersion"]);
        Assert.True((bool)listed["hasDraft"]!);
        var withDraft = await _api.GetAsync("/api/v1/workflows/welcome");
        Assert.Null(withDraft["published"]);
        Assert.Equal(Welcome, (string?)withDraft["draft"]!["source"]); // comments and layout kept

        using (var publish = await _client.Admin.PostAsync("/api/v1/workflows/welcome/publish", null))
        {
            Assert.Equal(HttpStatusCode.OK, publish.StatusCode);
        }
        using (var again = await _client.Admin.PostAsync("/api/v1/workflows/welcome/publish", null))
        {
            Assert.Equal(HttpStatusCode.Conflict, again.StatusCode); // nothing left to publish
        }
        var json = """{"id": "welcome", "name": "Welcome (JSON)", "trigger": {"event": "order.created"}, "steps": [{"id": "greet", "send": {"template": "order-confirmation", "channels": ["sms", "email"]}}]}""";
        using (var saved = await _api.PutDraftAsync("welcome", json, "application/json"))
        {
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        }
        using (var publish = await _client.Admin.PostAsync("/api/v1/workflows/welcome/publish", null))
        {
            Assert.Equal(2, (int)JsonNode.Parse(await publish.Content.ReadAsStringAsync())!["number"]!);
        }
        var v2 = await _api.GetAsync("/api/v1/workflows/welcome");
        Assert.Equal(2, (int)v2["published"]!["number"]!);
        Assert.Equal("Welcome (JSON)", (string?)v2["name"]);
        Assert.Null(v2["draft"]);

        Assert.Equal(1, await _api.RollbackAsync("welcome", 1));
        var rolledBack = await _api.GetAsync("/api/v1/workflows/welcome");
        Assert.Equal(1, (int)rolledBack["published"]!["number"]!);
        Assert.Equal(Welcome, (string?)rolledBack["published"]!["source"]);
        Assert.Equal([false, true], rolledBack["versions"]!.AsArray().Select(v => (bool)v!["isPublished"]!));

        // Publishing the text of version 2 again publishes version 2, not a third copy of it.
        Assert.Equal(2, await _api.PublishAsync("welcome", json.Replace("{\"id\"", "{ \"id\"", StringComparison.Ordinal)));
        using (var unknown = await _client.Admin.PostAsJsonAsync("/api/v1/workflows/welcome/rollback", new { version = 9 }))
        {
            Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        }
    }

    [Fact]
    public async Task An_invalid_draft_is_refused_with_each_error_by_line_and_field_and_nothing_is_stored()
    {
        const string broken = """
            id: welcome
            trigger: order.created
            steps:
              - id: greet
                send: { template: no-such-template, channels: [sms] }
              - sned: { template: order-confirmation, channels: [sms] }
            """;
        using var refused = await _api.PutDraftAsync("welcome", broken, "text/yaml");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var errors = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!["errors"]!.AsArray();
        Assert.Contains(errors, e => (string?)e!["field"] == "steps[1].sned" && (int)e["line"]! == 6);

        // Templates are checked once the text reads: a missing one is named at its step.
        var readable = broken[..broken.IndexOf("  - sned", StringComparison.Ordinal)];
        using var wrongTemplate = await _api.PutDraftAsync("welcome", readable, "text/yaml");
        var templateErrors = JsonNode.Parse(await wrongTemplate.Content.ReadAsStringAsync())!["errors"]!.AsArray();
        Assert.Contains(templateErrors, e => (string?)e!["field"] == "steps[0].send.template" && (int)e["line"]! == 4);

        using var otherId = await _api.PutDraftAsync("greeting", Welcome);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, otherId.StatusCode);
        var idError = Assert.Single(JsonNode.Parse(await otherId.Content.ReadAsStringAsync())!["errors"]!.AsArray())!;
        Assert.Equal("id", (string?)idError["field"]);
        Assert.Equal(2, (int)idError["line"]!);

        using var validated = await _client.Admin.PostAsync("/api/v1/workflows/validate", new StringContent(broken, Encoding.UTF8, "application/yaml"));
        var answer = JsonNode.Parse(await validated.Content.ReadAsStringAsync())!;
        Assert.False((bool)answer["valid"]!);
        Assert.Equal("steps[1].sned", (string?)Assert.Single(answer["errors"]!.AsArray())!["field"]);
        using var fine = await _client.Admin.PostAsync("/api/v1/workflows/welcome/validate", new StringContent(Welcome, Encoding.UTF8, "application/yaml"));
        Assert.True((bool)JsonNode.Parse(await fine.Content.ReadAsStringAsync())!["valid"]!);

        using var missing = await _client.Admin.GetAsync("/api/v1/workflows/welcome");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        using var greeting = await _client.Admin.GetAsync("/api/v1/workflows/greeting");
        Assert.Equal(HttpStatusCode.NotFound, greeting.StatusCode);
    }

    [Fact]
    public async Task The_workflow_schema_and_the_new_endpoints_are_published()
    {
        var schema = JsonNode.Parse(await _client.Admin.GetStringAsync("/api/v1/schemas/workflow"))!;
        Assert.Equal("urn:hub:schema:workflow:v1", (string?)schema["$id"]);

        var paths = JsonNode.Parse(await _client.Http.GetStringAsync("/openapi/v1.json"))!["paths"]!.AsObject();
        foreach (var path in new[] { "/api/v1/workflows", "/api/v1/workflows/{id}/draft", "/api/v1/workflows/{id}/publish", "/api/v1/workflows/{id}/rollback", "/api/v1/workflow-instances/{id}/retry", "/api/v1/schemas/workflow" })
        {
            Assert.Contains(path, paths.Select(p => p.Key));
        }
        Assert.NotNull(paths["/api/v1/workflows/{id}/draft"]!["put"]!["requestBody"]!["content"]!["application/yaml"]);
    }

    [Fact]
    public async Task An_instance_can_be_cancelled_while_it_waits_and_a_faulted_one_retried_on_the_fixed_version()
    {
        const string broken = """
            id: timed
            trigger: appointment.booked
            correlate: event.data.appointment.id
            steps:
              - id: confirm
                send: { template: appointment-booked, channels: [sms] }
              - id: wait
                delay: { until: event.data.appointment.title }
              - id: remind
                send: { template: appointment-reminder, channels: [sms] }
            """;
        await _api.PublishAsync("timed", broken);
        await _api.PostBookingAsync("apt-fault");
        var faulted = await _api.InstanceAsync("timed", "apt-fault", i => (string?)i["status"] == "faulted", "the bad delay faults the instance");
        Assert.Equal("wait", (string?)faulted["currentStepId"]);
        Assert.Contains("not a time", (string?)faulted["lastError"], StringComparison.Ordinal);
        var id = (string)faulted["id"]!;
        using (var cancel = await _client.Admin.PostAsync($"/api/v1/workflow-instances/{id}/cancel", null))
        {
            Assert.Equal(HttpStatusCode.Conflict, cancel.StatusCode);
        }

        Assert.Equal(2, await _api.PublishAsync("timed", broken.Replace("{ until: event.data.appointment.title }", "{ for: 1h }", StringComparison.Ordinal)));
        using (var retry = await _client.Admin.PostAsync($"/api/v1/workflow-instances/{id}/retry", null))
        {
            Assert.Equal(HttpStatusCode.Accepted, retry.StatusCode);
        }
        var waiting = await _api.InstanceAsync("timed", "apt-fault", i => (string?)i["status"] == "waiting", "the retried instance waits on v2");
        Assert.Equal(2, (int)waiting["version"]!);
        Assert.NotNull((string?)waiting["wakeAt"]);
        Assert.Contains(await _api.InstancesAsync("status=WAITING&workflow=timed"), i => (string?)i!["id"] == id);
        using (var retryAgain = await _client.Admin.PostAsync($"/api/v1/workflow-instances/{id}/retry", null))
        {
            Assert.Equal(HttpStatusCode.Conflict, retryAgain.StatusCode);
        }

        using (var cancel = await _client.Admin.PostAsync($"/api/v1/workflow-instances/{id}/cancel", null))
        {
            Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        }
        var detail = await _api.GetAsync($"/api/v1/workflow-instances/{id}");
        Assert.Equal("cancelled", (string?)detail["status"]);
        Assert.NotNull(detail["state"]!["vars"]);
        var journal = detail["journal"]!.AsArray().Select(e => ((string?)e!["stepId"], (string?)e["outcome"])).ToList();
        Assert.Equal((null, "started"), journal[0]);
        Assert.Contains(("wait", "failed"), journal);
        Assert.Contains((null, "retried"), journal);
        Assert.Equal((null, "cancelled"), journal[^1]);
        Assert.Empty(await _api.InstancesAsync("status=waiting&workflow=timed"));
    }
}
