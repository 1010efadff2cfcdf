using System.Net;
using System.Text.Json.Nodes;
using Hub.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Hub.IntegrationTests.Workflows;

/// <summary>
/// Acceptance 1 of the workflow engine: the shipped appointment-reminder sample, driven by signed Calendly deliveries
/// through <c>POST /webhooks/{id}</c>. Appointments start a day and some seconds from now, so that "24 hours before"
/// falls due while the test watches.
/// </summary>
public abstract class AppointmentReminderTests(IHubDatabase database, ITestOutputHelper output)
{
    private const string Secret = "calendly-signing-key";

    /// <summary>A timer fires within a second of its due time; the rest is slack for a loaded two-core machine.</summary>
    private static readonly TimeSpan Lateness = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task A_booking_is_confirmed_at_once_and_reminded_once_a_day_before_also_across_a_kill()
    {
        var environment = await database.CreateEnvironmentAsync();
        var start = DateTimeOffset.UtcNow.AddDays(1).AddSeconds(20);
        var due = start.AddDays(-1);
        var first = await HubProcess.StartAsync(environment);
        using (var client = new HubClient(first.BaseAddress))
        {
            await client.PutConnectorAsync("cal", "calendly", Secret);
            await PostAsync(client, CalendlyWebhook.Created("cal", Secret, "INVA", "a@example.com", start));
            await Eventually.Until(() => Messages(client, "a@example.com"), m => m.Any(x => Step(x) == "confirm"),
                TimeSpan.FromSeconds(30), "the booking is confirmed at once");
        }
        first.Kill(); // SIGKILL while the instance waits for its reminder
        await first.DisposeAsync();
        Assert.True(DateTimeOffset.UtcNow < due, "the restart must happen before the reminder is due for this test to mean anything");

        await using var second = await HubProcess.StartAsync(environment);
        using var restarted = new HubClient(second.BaseAddress);
        var messages = await Eventually.Until(() => Messages(restarted, "a@example.com"), m => m.Any(x => Step(x) == "remind"),
            TimeSpan.FromSeconds(60), "the reminder is sent after the restart");

        var reminder = Assert.Single(messages, m => Step(m) == "remind");
        var sentAt = (DateTimeOffset)reminder["createdAt"]!;
        output.WriteLine($"{database.Name}: reminder due {due:O}, composed {sentAt:O} ({(sentAt - due).TotalMilliseconds:0} ms late)");
        Assert.InRange(sentAt, due, due + Lateness);
        Assert.Contains("15 Minute Meeting", (string?)reminder["subject"], StringComparison.Ordinal);
        Assert.Single(messages, m => Step(m) == "confirm");
    }

    [Fact]
    public async Task A_cancellation_stops_the_reminder_and_a_reschedule_moves_it_to_the_new_time()
    {
        var environment = await database.CreateEnvironmentAsync();
        await using var hub = await HubProcess.StartAsync(environment);
        using var client = new HubClient(hub.BaseAddress);
        await client.PutConnectorAsync("cal", "calendly", Secret);
        var now = DateTimeOffset.UtcNow.AddDays(1);
        var cancelledStart = now.AddSeconds(8);
        var controlStart = now.AddSeconds(10);
        var oldStart = now.AddSeconds(8);
        var newStart = now.AddSeconds(14);

        await PostAsync(client, CalendlyWebhook.Created("cal", Secret, "INVB", "b@example.com", cancelledStart));
        await PostAsync(client, CalendlyWebhook.Created("cal", Secret, "INVC", "c@example.com", controlStart));
        await PostAsync(client, CalendlyWebhook.Created("cal", Secret, "INVD", "d@example.com", oldStart));
        await Eventually.Until(() => client.MessagesAsync("limit=500"), m => m.Count(x => x is not null && Step(x) == "confirm") == 3,
            TimeSpan.FromSeconds(30), "three bookings are confirmed");

        await PostAsync(client, CalendlyWebhook.Canceled("cal", Secret, "INVB", "b@example.com", cancelledStart));
        // Calendly's reschedule: the old invitee is canceled with rescheduled: true, and a new one names it.
        await PostAsync(client, CalendlyWebhook.Canceled("cal", Secret, "INVD", "d@example.com", oldStart, rescheduled: true));
        await PostAsync(client, CalendlyWebhook.Created("cal", Secret, "INVE", "d@example.com", newStart, oldInvitee: "INVD"));

        // The last reminder due is the rescheduled one; once it is there, every other due time has passed too.
        var rescheduled = await Eventually.Until(() => Messages(client, "d@example.com"), m => m.Any(x => Step(x) == "remind"),
            TimeSpan.FromSeconds(60), "the rescheduled appointment is reminded");
        var control = await Eventually.Until(() => Messages(client, "c@example.com"), m => m.Any(x => Step(x) == "remind"),
            TimeSpan.FromSeconds(30), "the control booking is reminded");

        var events = await client.EventsAsync("cal");
        var rescheduleEvent = (string)events.Single(e => (string?)e!["type"] == "appointment.rescheduled")!["id"]!;
        var reminder = Assert.Single(rescheduled, m => Step(m) == "remind");
        Assert.Equal(rescheduleEvent, (string?)reminder["eventId"]);
        Assert.InRange((DateTimeOffset)reminder["createdAt"]!, newStart.AddDays(-1), newStart.AddDays(-1) + Lateness);
        // The new booking is confirmed at its new time; the old one's reminder never went out.
        Assert.Equal(2, rescheduled.Count(m => Step(m) == "confirm"));
        Assert.Single(control, m => Step(m) == "remind");
        var cancelled = await Messages(client, "b@example.com");
        Assert.DoesNotContain(cancelled, m => Step(m) == "remind");
        Assert.Single(cancelled, m => Step(m) == "confirm");
        Assert.Contains(events, e => (string?)e!["type"] == "appointment.cancelled");
    }

    private static async Task PostAsync(HubClient client, HttpRequestMessage request)
    {
        using (request)
        using (var response = await client.Http.SendAsync(request))
        {
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        }
    }

    private static async Task<List<JsonNode>> Messages(HubClient client, string to) =>
        [.. (await client.MessagesAsync($"to={Uri.EscapeDataString(to)}&limit=500")).OfType<JsonNode>()];

    private static string? Step(JsonNode message) => (string?)message["stepId"];
}
