using System.Text;
using System.Text.Json.Nodes;
using Hub.Connectors;
using Hub.Tests.Connectors.Engine;

namespace Hub.Tests.Connectors.Sources;

/// <summary>The optional requester lookup and the status-change decision of the Zendesk spec.</summary>
public sealed class ZendeskTests
{
    private const string Requester = """{"user": {"id": 8447388090494, "name": "Kari Nordmann", "email": "kari@example.com", "phone": "+47 912 34 567", "locale": "nb", "iana_time_zone": "Europe/Oslo"}}""";

    private static readonly Lazy<ConnectorDefinition> Zendesk = new(() => ShippedSpecs.Load("zendesk"));

    private static WebhookRequest Event(Action<JsonNode>? change = null)
    {
        var body = JsonNode.Parse(TestRequests.Fixture("zendesk", "zen-event-type.ticket.created.json"))!;
        change?.Invoke(body);
        return TestRequests.Of(Encoding.UTF8.GetBytes(body.ToJsonString()), ("Content-Type", "application/json"));
    }

    private static void StatusChange(JsonNode body, string current)
    {
        body["type"] = "zen:event-type:ticket.status_changed";
        body["event"] = new JsonObject { ["current"] = current, ["previous"] = "OPEN" };
    }

    [Fact]
    public async Task Without_an_api_user_there_is_no_lookup_and_the_contact_is_the_requester_id()
    {
        var api = new FakeEnrichmentClient();   // any call would fail the test

        var result = await Zendesk.Value.NormalizeRequestAsync(Event(), new ConnectorContext("zd-1", []), api);

        Assert.Empty(api.Calls);
        Assert.Equal(new JsonObject { ["id"] = "8447388090494" }.ToJsonString(), Assert.Single(result.Events).Data["contact"]!.ToJsonString());
    }

    [Fact]
    public async Task With_an_api_user_the_requester_is_looked_up_with_an_api_token()
    {
        var api = new FakeEnrichmentClient().Answer("https://acme.zendesk.com/api/v2/users/8447388090494", Requester);
        var settings = new JsonObject { ["apiBase"] = "https://acme.zendesk.com", ["apiUser"] = "agent@acme.example" };
        var context = new ConnectorContext("zd-1", settings, new JsonObject { ["apiToken"] = "tok" });

        var result = await Zendesk.Value.NormalizeRequestAsync(Event(), context, api);

        var call = Assert.Single(api.Calls);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("agent@acme.example/token:tok")), call.Headers["Authorization"]);
        var contact = Assert.Single(result.Events).Data["contact"]!;
        Assert.Equal(("+4791234567", "nb", "Europe/Oslo"), ((string?)contact["phone"], (string?)contact["locale"], (string?)contact["timeZone"]));
    }

    [Theory]
    [InlineData("SOLVED")]
    [InlineData("Solved")]
    public async Task A_change_to_solved_is_a_solved_ticket(string current)
    {
        var result = await Zendesk.Value.NormalizeRequestAsync(Event(b => StatusChange(b, current)), new ConnectorContext("zd-1", []));

        Assert.Equal("ticket.solved", Assert.Single(result.Events).Type);
    }

    [Theory]
    [InlineData("PENDING")]
    [InlineData("CLOSED")]
    [InlineData("OPEN")]
    public async Task Other_status_changes_give_no_event(string current)
    {
        var result = await Zendesk.Value.NormalizeRequestAsync(Event(b => StatusChange(b, current)), new ConnectorContext("zd-1", []));

        Assert.Empty(result.Events);
    }
}
