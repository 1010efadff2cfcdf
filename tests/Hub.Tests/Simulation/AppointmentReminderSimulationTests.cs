using static Hub.Tests.Simulation.SampleSimulator;

namespace Hub.Tests.Simulation;

public sealed class AppointmentReminderSimulationTests
{
    private static string Booking(string start) => """
        {"event": {"type": "appointment.booked", "time": "2026-03-02T09:00:00Z", "data": {
          "appointment": {"id": "apt-1", "start": "START", "title": "Haircut"},
          "contact": {"firstName": "Kari", "phone": "+4791234567", "email": "kari@example.com", "locale": "nb-NO"}}}}
        """.Replace("START", start, StringComparison.Ordinal);

    [Fact]
    public async Task Confirms_at_once_and_reminds_24_hours_before_the_start()
    {
        var result = await RunAsync("appointment-reminder", Booking("2026-03-10T14:00:00Z"));

        Assert.Equal("finished", result.Outcome);
        Assert.Equal(
            [
                "- instance started @0",
                "confirm send next @0",
                "wait-until-day-before delay sleep @0",
                "wait-until-day-before delay woke @7.05:00",
                "remind send next @7.05:00",
                "- instance completed @7.05:00",
            ],
            Lines(result));
        Assert.Collection(result.Messages,
            booked =>
            {
                Assert.Equal(T0, booked.At);
                Assert.Equal("confirm", booked.StepId);
                Assert.Equal("sms", booked.Channel);
                Assert.Equal("+4791234567", booked.To);
                Assert.Equal("nb", booked.Locale);
                Assert.Equal(["sms", "email"], booked.Renders.Select(r => r.Channel));
                Assert.Equal("kari@example.com", booked.Renders[1].To);
                Assert.False(string.IsNullOrWhiteSpace(booked.Renders[1].Subject));
            },
            reminder =>
            {
                Assert.Equal(new DateTimeOffset(2026, 3, 9, 14, 0, 0, TimeSpan.Zero), reminder.At);
                Assert.Equal("remind", reminder.StepId);
                Assert.Equal("sms", reminder.Channel);
                Assert.StartsWith("Påminnelse: Haircut er i morgen kl. 14:00", reminder.Body, StringComparison.Ordinal);
            });
        Assert.Equal("completed", Assert.Single(result.Instances).Status);
    }

    [Fact]
    public async Task A_booking_less_than_a_day_ahead_gets_the_confirmation_only()
    {
        var result = await RunAsync("appointment-reminder", Booking("2026-03-02T19:00:00Z"));

        Assert.Equal(
            [
                "- instance started @0",
                "confirm send next @0",
                "wait-until-day-before delay skip-next @0",
                "- instance completed @0",
            ],
            Lines(result));
        Assert.Contains("if_past: skip", result.Timeline[2].Note, StringComparison.Ordinal);
        Assert.Equal("confirm", Assert.Single(result.Messages).StepId);
    }

    [Fact]
    public async Task A_cancellation_before_the_reminder_stops_it()
    {
        var body = Booking("2026-03-10T14:00:00Z").TrimEnd()[..^1] + """
            , "followUps": [{"at": "+2d", "event": {"type": "appointment.cancelled", "data": {"appointment": {"id": "apt-1", "start": "2026-03-10T14:00:00Z"}}}}]}
            """;
        var result = await RunAsync("appointment-reminder", body);

        Assert.Equal("finished", result.Outcome);
        Assert.Equal("- instance cancelled @2.00:00", Lines(result)[^1]);
        Assert.Equal("confirm", Assert.Single(result.Messages).StepId);
    }

    [Fact]
    public async Task A_reschedule_that_names_the_old_booking_plans_the_reminder_again()
    {
        var body = Booking("2026-03-10T14:00:00Z").TrimEnd()[..^1] + """
            , "followUps": [{"at": "+2d", "event": {"type": "appointment.rescheduled", "data": {
              "appointment": {"id": "apt-2", "previousId": "apt-1", "start": "2026-03-12T10:00:00Z"},
              "contact": {"phone": "+4791234567", "locale": "nb-NO"}}}}]}
            """;
        var result = await RunAsync("appointment-reminder", body);

        Assert.Equal(["cancelled", "completed"], result.Instances.Select(i => i.Status));
        Assert.Equal(["confirm", "confirm", "remind"], result.Messages.Select(m => m.StepId));
        Assert.Equal(new DateTimeOffset(2026, 3, 11, 10, 0, 0, TimeSpan.Zero), result.Messages[2].At);
    }
}
