using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.IntegrationTests.Infrastructure;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace Hub.IntegrationTests.Workflows;

/// <summary>
/// The http, digest and throttle steps in a real Hub process: a CRM call through the outbound guard (to a fake CRM
/// on an allow-listed loopback address, and refused to one that is not), three events digested into one message,
/// and a throttle that lets one instance per key pass.
/// </summary>
public abstract class StepKindTests(IHubDatabase database) : IDisposable
{
    private const string Phone = "+4915112345678";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly WireMockServer _crm = WireMockServer.Start();
    private readonly WorkflowFolder _folder = new();

    private async Task<(HubProcess Hub, HubClient Client, Dictionary<string, string> Environment)> StartAsync()
    {
        var environment = await database.CreateEnvironmentAsync();
        environment["Hub__WorkflowsPath"] = _folder.FullName;
        // The fake CRM listens on loopback, which the guard refuses unless allow-listed; only 127.0.0.1 is.
        environment["Hub__Outbound__AllowedNetworks__0"] = "127.0.0.1/32";
        var hub = await HubProcess.StartAsync(environment);
        return (hub, new HubClient(hub.BaseAddress), environment);
    }

    [Fact]
    public async Task An_http_step_calls_the_crm_and_later_steps_read_its_answer()
    {
        _crm.Given(Request.Create().WithPath("/orders/B-42/confirm").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody("""{"status":"confirmed","points":120}"""));
        _folder.Workflow("enrich", $$$"""
            id: enrich
            trigger: { event: order.created }
            steps:
              - id: remember
                set: { number: event.data.order.number }
              - id: lookup
                http:
                  method: POST
                  url: "http://127.0.0.1:{{{_crm.Port}}}/orders/{{ vars.number }}/confirm?name={{ contact.firstName + ' A' }}"
                  headers: { X-Order: "{{ event.data.order.id }}" }
                  body: { total: event.data.order.total, currency: event.data.order.currency }
                  auth: { bearer: "token-{{ event.data.order.id }}" }
              - id: tell
                send: { template: crm-answer, channels: [sms] }
            """).SmsTemplate("crm-answer", "{{ steps.lookup.body.status }} with {{ steps.lookup.body.points }} points ({{ steps.lookup.status }})");
        var (hub, client, environment) = await StartAsync();
        await using var _ = hub;
        using var __ = client;

        await PostOrderAsync(client, "o-1", "B-42");

        var instance = (await Eventually.Until(() => StoredInstances.OfAsync(environment, "enrich"), i => i.Count == 1 && i[0].Status is "Completed" or "Faulted",
            Patience, "the instance runs to its end"))[0];
        Assert.True(instance.Status == "Completed", instance.LastError);
        var sms = await Eventually.Until(() => client.MessagesAsync("status=delivered"), m => m.Count == 1, Patience, "the answer is sent on");
        Assert.Equal("confirmed with 120 points (200)", (string?)sms[0]!["body"]);
        var call = Assert.Single(_crm.LogEntries).RequestMessage!;
        Assert.Equal("Bearer token-o-1", call.Headers!["Authorization"].Single());
        Assert.Equal("o-1", call.Headers!["X-Order"].Single());
        Assert.Equal("Ada A", call.Query!["name"].Single());
        var body = JsonNode.Parse(call.Body!)!;
        Assert.Equal(99.5, (double)body["total"]!);
        Assert.Equal("EUR", (string?)body["currency"]);
    }

    [Fact]
    public async Task An_http_step_to_a_loopback_address_not_allow_listed_is_refused_and_faults_the_instance()
    {
        _crm.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithStatusCode(200));
        _folder.Workflow("refused", $$$"""
            id: refused
            trigger: { event: order.created }
            steps:
              - id: lookup
                http: { url: "http://127.0.0.2:{{{_crm.Port}}}/orders/{{ event.data.order.id }}" }
              - id: tell
                send: { template: never, channels: [sms] }
            """).SmsTemplate("never", "never sent");
        var (hub, client, environment) = await StartAsync();
        await using var _ = hub;
        using var __ = client;

        await PostOrderAsync(client, "o-2", "B-43");

        var instances = await Eventually.Until(() => StoredInstances.OfAsync(environment, "refused"), i => i.Count == 1 && i[0].Status == "Faulted",
            Patience, "the instance faults at the refused call");
        Assert.Contains("127.0.0.2", instances[0].LastError, StringComparison.Ordinal);
        Assert.Contains("loopback", instances[0].LastError, StringComparison.Ordinal);
        Assert.Empty(_crm.LogEntries);
        Assert.Empty(await client.MessagesAsync(""));
    }

    [Fact]
    public async Task A_step_that_keeps_failing_is_tried_by_its_policy_then_faults_with_an_incident_and_retry_resumes_it()
    {
        _crm.Given(Request.Create().WithPath("/orders/B-44").UsingGet()).RespondWith(Response.Create().WithStatusCode(503));
        _folder.Workflow("retrying", $$$"""
            id: retrying
            trigger: { event: order.created }
            steps:
              - id: lookup
                http: { url: "http://127.0.0.1:{{{_crm.Port}}}/orders/{{ event.data.order.number }}", retries: 0 }
                retry: { attempts: 3, backoff: 1s, max_backoff: 1s }
              - id: tell
                send: { template: crm-status, channels: [sms] }
            """).SmsTemplate("crm-status", "CRM says {{ steps.lookup.status }}");
        var (hub, client, _) = await StartAsync();
        await using var _ = hub;
        using var __ = client;

        await PostOrderAsync(client, "o-3", "B-44");

        var faulted = (await Eventually.Until(() => client.GetArrayAsync("/api/v1/workflow-instances?workflow=retrying"),
            i => i.Count == 1 && (string?)i[0]!["status"] == "faulted", Patience, "the instance faults once its tries are spent"))[0]!;
        Assert.Equal(3, _crm.LogEntries.Count);
        var incident = faulted["incident"]!;
        Assert.Equal("lookup", (string?)incident["stepId"]);
        Assert.Equal(3, (int)incident["attempts"]!);
        Assert.Contains("503", (string?)incident["error"], StringComparison.Ordinal);
        var id = (string)faulted["id"]!;
        var journal = (await client.Admin.GetFromJsonAsync<JsonObject>($"/api/v1/workflow-instances/{id}"))!["journal"]!.AsArray();
        Assert.Equal(["retrying", "retrying", "failed"], journal.Where(e => (string?)e!["stepId"] == "lookup").Select(e => (string?)e!["outcome"]));
        Assert.Empty(await client.MessagesAsync(""));

        _crm.Reset();
        _crm.Given(Request.Create().WithPath("/orders/B-44").UsingGet()).RespondWith(Response.Create().WithStatusCode(200));
        using var retried = await client.Admin.PostAsync($"/api/v1/workflow-instances/{id}/retry", null);
        Assert.Equal(HttpStatusCode.Accepted, retried.StatusCode);

        var sms = await Eventually.Until(() => client.MessagesAsync("status=delivered"), m => m.Count == 1, Patience, "the retried instance goes on");
        Assert.Equal("CRM says 200", (string?)sms[0]!["body"]);
        var completed = await client.Admin.GetFromJsonAsync<JsonObject>($"/api/v1/workflow-instances/{id}");
        Assert.Equal("completed", (string?)completed!["status"]);
        Assert.Null(completed["incident"]);
    }

    [Fact]
    public async Task Three_events_with_one_key_are_digested_into_one_message()
    {
        _folder.Workflow("digest", """
            id: digest
            trigger: { event: order.created }
            steps:
              - id: collect
                digest: { key: contact.phone, window: 8s }
              - id: tell
                send: { template: digest, channels: [sms] }
            """).SmsTemplate("digest", "{{ steps.collect.events | array.size }} orders:{{ for e in steps.collect.events }} {{ e.data.order.number }}{{ end }}");
        var (hub, client, environment) = await StartAsync();
        await using var _ = hub;
        using var __ = client;

        await PostOrderAsync(client, "d-1", "D-1");
        await PostOrderAsync(client, "d-2", "D-2");
        await PostOrderAsync(client, "d-3", "D-3");

        var instances = await Eventually.Until(() => StoredInstances.OfAsync(environment, "digest"), i => i.Count == 3 && i.All(x => x.Status == "Completed"),
            Patience, "the window closes and every instance has ended");
        var collector = Assert.Single(instances, i => i.EndReason is null);
        Assert.All(instances.Where(i => i != collector), i => Assert.Equal($"digested into {collector.Id}", i.EndReason, ignoreCase: true));
        var sms = await Eventually.Until(() => client.MessagesAsync("status=delivered"), m => m.Count == 1, Patience, "the digest is sent");
        Assert.Equal("3 orders: D-1 D-2 D-3", (string?)sms[0]!["body"]);
        Assert.Single(await client.MessagesAsync(""));
    }

    [Fact]
    public async Task A_throttle_of_one_per_window_lets_the_first_instance_pass_and_ends_the_next()
    {
        _folder.Workflow("throttled", """
            id: throttled
            trigger: { event: order.created }
            steps:
              - id: once
                throttle: { key: contact.phone, limit: 1, per: 1h }
              - id: tell
                send: { template: thanks, channels: [sms] }
            """).SmsTemplate("thanks", "Thanks for {{ order.number }}");
        var (hub, client, environment) = await StartAsync();
        await using var _ = hub;
        using var __ = client;

        await PostOrderAsync(client, "t-1", "T-1");
        await Eventually.Until(() => StoredInstances.OfAsync(environment, "throttled"), i => i.Count == 1 && i[0].Status == "Completed", Patience, "the first passes");
        await PostOrderAsync(client, "t-2", "T-2");

        var instances = await Eventually.Until(() => StoredInstances.OfAsync(environment, "throttled"), i => i.Count == 2 && i.All(x => x.Status == "Completed"),
            Patience, "the second instance ends too");
        Assert.Null(instances[0].EndReason);
        Assert.Equal("throttled", instances[1].EndReason);
        var sms = await Eventually.Until(() => client.MessagesAsync("status=delivered"), m => m.Count == 1, Patience, "the first is sent");
        Assert.Equal("Thanks for T-1", (string?)sms[0]!["body"]);
        Assert.Single(await client.MessagesAsync(""));
    }

    private static async Task PostOrderAsync(HubClient client, string id, string number)
    {
        var cloudEvent = new JsonObject
        {
            ["specversion"] = "1.0",
            ["id"] = id,
            ["source"] = "/apps/shop",
            ["type"] = "order.created",
            ["subject"] = id,
            ["data"] = new JsonObject
            {
                ["order"] = new JsonObject { ["id"] = id, ["number"] = number, ["currency"] = "EUR", ["total"] = 99.5 },
                ["contact"] = new JsonObject { ["firstName"] = "Ada", ["phone"] = Phone, ["locale"] = "en" },
            },
        };
        using var posted = await client.Admin.PostAsJsonAsync("/api/v1/events", cloudEvent);
        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
    }

    public void Dispose()
    {
        _crm.Dispose();
        _folder.Dispose();
        GC.SuppressFinalize(this);
    }
}
