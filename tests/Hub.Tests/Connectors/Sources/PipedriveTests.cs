using System.Text;
using System.Text.Json.Nodes;
using Hub.Connectors;
using Hub.Tests.Connectors.Engine;
using Hub.Tests.Connectors.Verification;

namespace Hub.Tests.Connectors.Sources;

/// <summary>
/// connectors/pipedrive.yaml beyond its golden cases: which deal changes are stage moves (v2 and v1 payloads), the
/// primary email and phone of a person, a delivery key that survives retries, and the Basic credentials check.
/// </summary>
public sealed class PipedriveTests
{
    private static readonly Lazy<ConnectorDefinition> Pipedrive = new(() => ShippedSpecs.Load("pipedrive"));

    private static readonly ConnectorContext Context = new("pd-1", new JsonObject { ["webhookUsername"] = "hub", ["defaultRegion"] = "DE" });

    private static WebhookRequest Request(string fixture, Action<JsonNode> change)
    {
        var body = JsonNode.Parse(TestRequests.Fixture("pipedrive", fixture))!;
        change(body);
        return TestRequests.Of(Encoding.UTF8.GetBytes(body.ToJsonString()), ("Content-Type", "application/json"));
    }

    private static Task<NormalizationResult> NormalizeAsync(string fixture, Action<JsonNode> change) =>
        Pipedrive.Value.NormalizeRequestAsync(Request(fixture, change), Context);

    [Fact]
    public async Task A_deal_change_that_leaves_the_stage_alone_is_ignored()
    {
        var renamed = await NormalizeAsync("change.deal.stage.json", b => b["previous"] = JsonNode.Parse("""{"title": "Deal 00"}"""));
        var created = await NormalizeAsync("change.deal.stage.json", b =>
        {
            b["meta"]!["action"] = "create";
            b["previous"] = null;
        });

        Assert.Empty(renamed.Events);
        Assert.Contains("change.deal", renamed.IgnoredReason, StringComparison.Ordinal);
        Assert.Empty(created.Events);
        Assert.Contains("create.deal is ignored", created.IgnoredReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_v1_deal_update_with_another_stage_id_is_a_stage_move()
    {
        var v1 = """
            {"v": 1, "meta": {"action": "updated", "object": "deal", "id": 9, "timestamp": 1739827361, "timestamp_micro": 1739827361322662, "v": 1},
             "current": {"id": 9, "title": "Updated Deal Title", "stage_id": 3, "pipeline_id": 1, "status": "open", "value": 250, "currency": "EUR", "person_id": 11},
             "previous": {"id": 9, "title": "Updated Deal Title", "stage_id": 1, "pipeline_id": 1, "status": "open", "value": 250, "currency": "EUR", "person_id": 11},
             "retry": 0, "event": "updated.deal"}
            """;
        var same = v1.Replace("\"stage_id\": 3", "\"stage_id\": 1", StringComparison.Ordinal);

        var moved = await Pipedrive.Value.NormalizeRequestAsync(TestRequests.Of(v1), Context);
        var unchanged = await Pipedrive.Value.NormalizeRequestAsync(TestRequests.Of(same), Context);

        var e = Assert.Single(moved.Events);
        Assert.Equal("deal.stage_changed", e.Type);
        Assert.Equal("""{"id":"9","name":"Updated Deal Title","stage":"3","previousStage":"1","pipeline":"1","status":"open","amount":250,"currency":"EUR"}""", e.Data["deal"]!.ToJsonString());
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1739827361), e.Time);
        Assert.Empty(unchanged.Events);
    }

    [Fact]
    public async Task A_person_gets_the_primary_email_and_phone_in_e164()
    {
        var result = await NormalizeAsync("create.person.json", b =>
        {
            b["data"]!["emails"] = JsonNode.Parse("""[{"value": "old@example.com", "primary": false, "label": "other"}, {"value": "kari@example.com", "primary": true, "label": "work"}]""");
            b["data"]!["phones"] = JsonNode.Parse("""[{"value": "030 1234567", "primary": true, "label": "mobile"}]""");
        });

        var contact = Assert.Single(result.Events).Data["contact"]!;
        Assert.Equal(("kari@example.com", "+49301234567"), ((string?)contact["email"], (string?)contact["phone"]));
    }

    [Fact]
    public async Task A_person_change_is_contact_updated()
    {
        var result = await NormalizeAsync("create.person.json", b =>
        {
            b["meta"]!["action"] = "change";
            b["previous"] = JsonNode.Parse("""{"last_name": null}""");
            b["data"]!["last_name"] = "Nordmann";
        });

        var e = Assert.Single(result.Events);
        Assert.Equal("contact.updated", e.Type);
        Assert.Equal("Nordmann", (string?)e.Data["contact"]!["lastName"]);
    }

    [Fact]
    public void A_retried_delivery_has_the_same_delivery_id()
    {
        var first = Request("change.deal.stage.json", _ => { });
        var retry = Request("change.deal.stage.json", b => b["meta"]!["attempt"] = 2);

        var a = Pipedrive.Value.Identify(first, Pipedrive.Value.ParseBody(first));
        var b = Pipedrive.Value.Identify(retry, Pipedrive.Value.ParseBody(retry));

        Assert.Equal(new WebhookIdentity("deal:1:change:2023-01-01T00:00:00.000Z", "change.deal"), a);
        Assert.Equal(a, b);
    }

    [Fact]
    public void Only_the_configured_basic_credentials_are_accepted()
    {
        var request = Request("create.person.json", _ => { });
        string Basic(string user, string password) => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}"));
        var settings = SignedRequests.Settings(("webhookUsername", "hub"));

        Assert.True(Pipedrive.Value.VerifySignature(request.With("Authorization", Basic("hub", "s3cret")), ["s3cret"], DateTimeOffset.UtcNow, settings));
        Assert.False(Pipedrive.Value.VerifySignature(request.With("Authorization", Basic("hub", "wrong")), ["s3cret"], DateTimeOffset.UtcNow, settings));
        Assert.False(Pipedrive.Value.VerifySignature(request.With("Authorization", Basic("other", "s3cret")), ["s3cret"], DateTimeOffset.UtcNow, settings));
        Assert.False(Pipedrive.Value.VerifySignature(request, ["s3cret"], DateTimeOffset.UtcNow, settings));
    }
}
