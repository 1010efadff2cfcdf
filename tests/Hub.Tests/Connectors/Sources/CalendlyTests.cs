using System.Text;
using System.Text.Json.Nodes;
using Hub.Connectors;
using Hub.Tests.Connectors.Engine;

namespace Hub.Tests.Connectors.Sources;

/// <summary>
/// Calendly reports a reschedule as invitee.canceled (rescheduled: true) for the old booking plus invitee.created
/// (old_invitee set) for the new one. The pair must give one appointment.rescheduled and no cancellation.
/// </summary>
public sealed class CalendlyTests
{
    private const string OldInvitee = "https://api.calendly.com/scheduled_events/EVT1111111111111/invitees/OLD1111111111111";
    private const string NewInvitee = "https://api.calendly.com/scheduled_events/EVT2222222222222/invitees/NEW2222222222222";

    private static readonly Lazy<ConnectorDefinition> Calendly = new(() => ShippedSpecs.Load("calendly"));

    /// <summary>The documented example payload, turned into one half of a reschedule.</summary>
    private static WebhookRequest Reschedule(string fixture, Action<JsonNode> change)
    {
        var body = JsonNode.Parse(TestRequests.Fixture("calendly", fixture))!;
        change(body["payload"]!);
        return TestRequests.Of(Encoding.UTF8.GetBytes(body.ToJsonString()), ("Content-Type", "application/json"));
    }

    private static Task<NormalizationResult> NormalizeAsync(WebhookRequest request) =>
        Calendly.Value.NormalizeRequestAsync(request, new ConnectorContext("calendly-1", new JsonObject { ["defaultRegion"] = "US" }));

    [Fact]
    public async Task The_cancel_half_of_a_reschedule_is_not_a_cancellation()
    {
        var request = Reschedule("invitee.canceled.json", p =>
        {
            p["uri"] = OldInvitee;
            p["rescheduled"] = true;
            p["new_invitee"] = NewInvitee;
        });

        var result = await NormalizeAsync(request);

        Assert.Empty(result.Events);
        Assert.Contains("invitee.canceled", result.IgnoredReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_new_invitee_of_a_reschedule_is_the_rescheduled_appointment_and_names_the_old_one()
    {
        var request = Reschedule("invitee.created.json", p =>
        {
            p["uri"] = NewInvitee;
            p["old_invitee"] = OldInvitee;
        });

        var result = await NormalizeAsync(request);

        var single = Assert.Single(result.Events);
        Assert.Equal("appointment.rescheduled", single.Type);
        Assert.Equal("NEW2222222222222", single.Subject);
        Assert.Equal("NEW2222222222222", (string?)single.Data["appointment"]!["id"]);
        Assert.Equal("OLD1111111111111", (string?)single.Data["appointment"]!["previousId"]);
        Assert.Empty(Hub.Events.EventCatalog.Default.Validate(single.Type, single.Data));
    }

    [Fact]
    public async Task A_plain_cancellation_is_a_cancellation()
    {
        var result = await NormalizeAsync(Reschedule("invitee.canceled.json", _ => { }));

        Assert.Equal("appointment.cancelled", Assert.Single(result.Events).Type);
    }

    [Fact]
    public async Task The_sms_reminder_number_is_the_contact_phone()
    {
        var request = Reschedule("invitee.created.json", p => p["text_reminder_number"] = "(555) 555-0123");

        var result = await NormalizeAsync(request);

        Assert.Equal("+15555550123", (string?)Assert.Single(result.Events).Data["contact"]!["phone"]);
    }

    [Fact]
    public void The_delivery_key_is_the_event_and_the_invitee()
    {
        var created = Reschedule("invitee.created.json", p => p["uri"] = NewInvitee);
        var canceled = Reschedule("invitee.canceled.json", p => p["uri"] = NewInvitee);
        var calendly = Calendly.Value;

        Assert.Equal("invitee.created " + NewInvitee, calendly.Identify(created, calendly.ParseBody(created)).DeliveryId);
        Assert.Equal("invitee.canceled " + NewInvitee, calendly.Identify(canceled, calendly.ParseBody(canceled)).DeliveryId);
    }
}
