using System.Text;
using System.Text.Json.Nodes;
using Hub.Connectors;
using Hub.Tests.Connectors.Engine;

namespace Hub.Tests.Connectors.Sources;

/// <summary>Acuity's form webhook names only the appointment; the lookup that fills it in, and its credentials.</summary>
public sealed class AcuityTests
{
    private const string Appointment = """
        {"id": 54321, "firstName": "Kari", "lastName": "Nordmann", "phone": "912 34 567", "email": "kari@example.com",
         "datetime": "2026-03-01T09:30:00+0100", "duration": "30", "type": "Haircut", "location": "Storgata 1, Oslo",
         "timezone": "Europe/Oslo", "canClientCancel": true, "canClientReschedule": true,
         "confirmationPage": "https://app.acuityscheduling.com/schedule.php?owner=11145481&id[]=abc&action=appt"}
        """;

    private static readonly Lazy<ConnectorDefinition> Acuity = new(() => ShippedSpecs.Load("acuity"));

    private static WebhookRequest Form(string body) =>
        TestRequests.Of(body, ("Content-Type", "application/x-www-form-urlencoded"), ("X-Acuity-Signature", "c2lnbmF0dXJl"));

    private static ConnectorContext Context(JsonObject? settings = null) => new(
        "acuity-1",
        settings ?? new JsonObject { ["userId"] = "11145481", ["defaultRegion"] = "NO" },
        new JsonObject { ["apiKey"] = "abc123" });

    [Fact]
    public async Task The_appointment_is_fetched_with_the_user_id_and_the_api_key()
    {
        var api = new FakeEnrichmentClient().Answer("https://acuityscheduling.com/api/v1/appointments/54321", Appointment);

        var result = await Acuity.Value.NormalizeRequestAsync(Form("action=scheduled&id=54321&calendarID=27238&appointmentTypeID=1"), Context(), api);

        var call = Assert.Single(api.Calls);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("11145481:abc123")), call.Headers["Authorization"]);
        var single = Assert.Single(result.Events);
        Assert.Equal("appointment.booked", single.Type);
        var appointment = single.Data["appointment"]!;
        Assert.Equal("2026-03-01T09:30:00.0000000+01:00", (string?)appointment["start"]);
        Assert.Equal("2026-03-01T10:00:00.0000000+01:00", (string?)appointment["end"]);
        Assert.Equal("https://app.acuityscheduling.com/schedule.php?owner=11145481&id[]=abc&action=appt", (string?)appointment["cancelUrl"]);
        Assert.Equal("+4791234567", (string?)single.Data["contact"]!["phone"]);
    }

    [Fact]
    public async Task The_api_base_can_point_at_a_proxy()
    {
        var api = new FakeEnrichmentClient().Answer("https://acuity-proxy.example/api/v1/appointments/54321", Appointment);
        var settings = new JsonObject { ["userId"] = "11145481", ["apiBase"] = "https://acuity-proxy.example/api/v1/" };

        var result = await Acuity.Value.NormalizeRequestAsync(Form("action=rescheduled&id=54321&calendarID=27238&appointmentTypeID=1"), Context(settings), api);

        Assert.Equal("appointment.rescheduled", Assert.Single(result.Events).Type);
    }

    [Theory]
    [InlineData("appointment.scheduled", "appointment.booked")]
    [InlineData("appointment.canceled", "appointment.cancelled")]
    public async Task The_dotted_action_of_a_dynamic_webhook_is_routed_too(string action, string expected)
    {
        var api = new FakeEnrichmentClient().Answer("https://acuityscheduling.com/api/v1/appointments/54321", Appointment);

        var result = await Acuity.Value.NormalizeRequestAsync(Form($"action={action}&id=54321&calendarID=27238&appointmentTypeID=1"), Context(), api);

        Assert.Equal(expected, Assert.Single(result.Events).Type);
    }

    [Fact]
    public async Task A_refused_lookup_fails_the_event_so_it_can_be_replayed_after_the_key_is_fixed()
    {
        var api = new FakeEnrichmentClient().Fail("https://acuityscheduling.com/api/v1/appointments/54321", 401, transient: false);

        await Assert.ThrowsAsync<MappingException>(() =>
            Acuity.Value.NormalizeRequestAsync(Form("action=scheduled&id=54321&calendarID=27238&appointmentTypeID=1"), Context(), api));
    }
}
