using System.Text;
using System.Text.Json.Nodes;
using Hub.Connectors;
using Hub.Tests.Connectors.Engine;

namespace Hub.Tests.Connectors.Sources;

/// <summary>What the Cal.com golden cases cannot show: where the phone comes from, the ping, and disabled links.</summary>
public sealed class CalComTests
{
    private static readonly Lazy<ConnectorDefinition> CalCom = new(() => ShippedSpecs.Load("calcom"));

    private static async Task<NormalizationResult> NormalizeAsync(string fixture, Action<JsonNode> change)
    {
        var body = JsonNode.Parse(TestRequests.Fixture("calcom", fixture))!;
        change(body);
        var request = TestRequests.Of(Encoding.UTF8.GetBytes(body.ToJsonString()), ("Content-Type", "application/json"));
        return await CalCom.Value.NormalizeRequestAsync(request, new ConnectorContext("cal-1", new JsonObject { ["defaultRegion"] = "NO" }));
    }

    [Fact]
    public async Task The_sms_reminder_number_wins_over_the_booking_form_phone()
    {
        var result = await NormalizeAsync("BOOKING_CREATED.json", b =>
        {
            b["payload"]!["smsReminderNumber"] = "+4791234567";
            b["payload"]!["responses"]!["attendeePhoneNumber"]!["value"] = "+4798765432";
        });

        Assert.Equal("+4791234567", (string?)Assert.Single(result.Events).Data["contact"]!["phone"]);
    }

    [Fact]
    public async Task A_phone_typed_without_country_code_is_read_in_the_default_region()
    {
        var result = await NormalizeAsync("BOOKING_CREATED.json", b => b["payload"]!["responses"]!["attendeePhoneNumber"]!["value"] = "912 34 567");

        Assert.Equal("+4791234567", (string?)Assert.Single(result.Events).Data["contact"]!["phone"]);
    }

    [Fact]
    public async Task Links_the_event_type_disables_are_left_out()
    {
        var result = await NormalizeAsync("BOOKING_CREATED.json", b =>
        {
            b["payload"]!["disableCancelling"] = true;
            b["payload"]!["disableRescheduling"] = true;
        });

        var appointment = Assert.Single(result.Events).Data["appointment"]!.AsObject();
        Assert.False(appointment.ContainsKey("cancelUrl"));
        Assert.False(appointment.ContainsKey("rescheduleUrl"));
    }

    [Fact]
    public async Task An_address_location_is_kept_and_an_app_id_is_not()
    {
        var address = await NormalizeAsync("BOOKING_CANCELLED.json", b => b["payload"]!["location"] = "Storgata 1, Oslo");
        var app = await NormalizeAsync("BOOKING_CANCELLED.json", _ => { });

        Assert.Equal("Storgata 1, Oslo", (string?)Assert.Single(address.Events).Data["appointment"]!["location"]);
        Assert.Null(Assert.Single(app.Events).Data["appointment"]!["location"]);   // "integrations:video-provider"
    }

    [Fact]
    public async Task The_ping_test_button_gives_no_event()
    {
        var result = await NormalizeAsync("BOOKING_CREATED.json", b => b["triggerEvent"] = "PING");

        Assert.Empty(result.Events);
        Assert.NotNull(result.IgnoredReason);
    }
}
