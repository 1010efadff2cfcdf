using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Workflows;

/// <summary>
/// <c>POST /api/v1/workflows/{id}/simulate</c> on a real Hub process: the appointment sample's timeline and messages
/// come back in simulated time, and nothing is stored or sent. Runs once per database (see the subclasses).
/// </summary>
public abstract class WorkflowSimulationApiTests(IHubDatabase database) : IAsyncLifetime
{
    private const string Booking = """
        {"type": "appointment.booked", "time": "2026-03-02T09:00:00Z", "data": {
          "appointment": {"id": "apt-sim-1", "start": "2026-03-10T14:00:00Z", "title": "Haircut"},
          "contact": {"firstName": "Kari", "phone": "+4791234567", "locale": "nb-NO"}}}
        """;

    private HubProcess _hub = null!;
    private HubClient _client = null!;

    public async Task InitializeAsync()
    {
        _hub = await HubProcess.StartAsync(await database.CreateEnvironmentAsync());
        _client = new HubClient(_hub.BaseAddress);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _hub.DisposeAsync();
    }

    [Fact]
    public async Task The_appointment_sample_is_confirmed_at_once_and_reminded_the_day_before_without_sending_anything()
    {
        var result = await SimulateAsync("appointment-reminder", "{\"event\": " + Booking + """
            , "followUps": [{"at": "+1d", "event": {"type": "message.received",
              "data": {"message": {"channel": "sms", "from": "+4791234567", "text": "hello"}}}}]}
            """, HttpStatusCode.OK);

        Assert.Equal("finished", (string?)result["outcome"]);
        var steps = result["timeline"]!.AsArray().Select(s => $"{(string?)s!["stepId"]} {(string?)s["outcome"]} {(string?)s["at"]}").ToList();
        Assert.Equal(
            [
                " started 2026-03-02T09:00:00+00:00",
                "confirm next 2026-03-02T09:00:00+00:00",
                "wait-until-day-before sleep 2026-03-02T09:00:00+00:00",
                "wait-until-day-before woke 2026-03-09T14:00:00+00:00",
                "remind next 2026-03-09T14:00:00+00:00",
                " completed 2026-03-09T14:00:00+00:00",
            ],
            steps);
        var messages = result["messages"]!.AsArray();
        Assert.Equal(2, messages.Count);
        Assert.Equal("sms", (string?)messages[1]!["channel"]);
        Assert.Equal("+4791234567", (string?)messages[1]!["to"]);
        Assert.StartsWith("Påminnelse: Haircut", (string?)messages[1]!["body"], StringComparison.Ordinal);

        Assert.Empty(await _client.MessagesAsync(""));
        Assert.Empty(await _client.GetArrayAsync("/api/v1/events?limit=10"));
    }

    [Fact]
    public async Task A_stored_event_and_a_draft_can_be_simulated()
    {
        using (var posted = await _client.Admin.PostAsync("/api/v1/events", Json("""
            {"specversion": "1.0", "id": "booking-7", "source": "/apps/booking", "type": "appointment.booked",
             "time": "2026-03-02T09:00:00Z", "data": {"appointment": {"id": "apt-7", "start": "2026-03-02T20:00:00Z"},
             "contact": {"phone": "+4791234567"}}}
            """)))
        {
            Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        }
        var eventId = (string?)(await _client.GetArrayAsync("/api/v1/events?limit=1"))[0]!["id"];

        var stored = await SimulateAsync("appointment-reminder", $$"""{"eventId": "{{eventId}}"}""", HttpStatusCode.OK);
        Assert.Single(stored["messages"]!.AsArray()); // less than a day ahead: if_past skips the reminder
        Assert.Contains(stored["timeline"]!.AsArray(), s => (string?)s!["outcome"] == "skip-next");

        var draft = await SimulateAsync("appointment-reminder", $$"""
            {"event": {{Booking}}, "workflow": "id: appointment-reminder\ntrigger: appointment.booked\nsteps:\n  - id: only\n    send: { template: appointment-booked, channels: [sms] }\n"}
            """, HttpStatusCode.OK);
        Assert.Equal("only", (string?)Assert.Single(draft["messages"]!.AsArray())!["stepId"]);
    }

    [Fact]
    public async Task Bad_input_is_a_problem_naming_the_field()
    {
        var bad = await SimulateAsync("appointment-reminder", """{"event": {"type": "order.created", "data": {"order": {"id": "1"}}}}""", HttpStatusCode.BadRequest);
        Assert.NotNull(bad["errors"]!["event.type"]);

        var draft = await SimulateAsync("appointment-reminder", $$"""{"event": {{Booking}}, "workflow": "id: appointment-reminder\ntrigger: appointment.booked\nsteps:\n  - nope: {}\n"}""", HttpStatusCode.BadRequest);
        Assert.NotNull(draft["errors"]!["workflow"]);

        await SimulateAsync("no-such-workflow", $$"""{"event": {{Booking}}}""", HttpStatusCode.NotFound);
        await SimulateAsync("appointment-reminder", """{"eventId": "no-such-event"}""", HttpStatusCode.NotFound);
    }

    private async Task<JsonObject> SimulateAsync(string workflowId, string body, HttpStatusCode expected)
    {
        using var response = await _client.Admin.PostAsync($"/api/v1/workflows/{workflowId}/simulate", Json(body));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{(int)response.StatusCode}: {text}");
        if (expected != HttpStatusCode.OK)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
        return JsonNode.Parse(text)!.AsObject();
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
