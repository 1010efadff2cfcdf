using System.Text;
using System.Text.Json.Nodes;
using Hub.Connectors;
using Hub.Tests.Connectors.Engine;
using Hub.Tests.Connectors.Verification;

namespace Hub.Tests.Connectors.Sources;

/// <summary>
/// connectors/hubspot.yaml beyond its golden cases: deal stage moves (previous stage from the dealstage history, the
/// currency fallback, the associated contact), the generic object.* subscription types, what is ignored, a refused
/// lookup, and HubSpot's own signature vectors through the spec's verify block.
/// </summary>
public sealed class HubSpotTests
{
    private const string ApiBase = "https://api.hubapi.com";
    private const string ContactQuery = "?properties=firstname,lastname,email,phone,hs_language,mobilephone";
    private const string DealQuery = "?properties=dealname,dealstage,amount,deal_currency_code,pipeline&propertiesWithHistory=dealstage&associations=contacts";

    private static readonly Lazy<ConnectorDefinition> HubSpot = new(() => ShippedSpecs.Load("hubspot"));

    private static ConnectorContext Context(string? defaultCurrency = null)
    {
        var settings = new JsonObject { ["webhookUrl"] = "https://hub.example.com/webhooks/hs-1", ["defaultRegion"] = "US" };
        if (defaultCurrency is not null)
        {
            settings["defaultCurrency"] = defaultCurrency;
        }
        return new ConnectorContext("hs-1", settings, new JsonObject { ["accessToken"] = "pat-na1-test" });
    }

    private static Task<NormalizationResult> NormalizeAsync(string batch, IEnrichmentClient enrichment, string? defaultCurrency = null) =>
        HubSpot.Value.NormalizeRequestAsync(TestRequests.Of(batch, ("Content-Type", "application/json")), Context(defaultCurrency), enrichment);

    /// <summary>A deal.propertyChange element shaped like HubSpot's documented contact.propertyChange example.</summary>
    private static string StageChange(string stage, string type = "deal.propertyChange", string property = "dealstage", string? objectTypeId = null) =>
        $$"""
        [{"objectId": 4711, "propertyName": "{{property}}", "propertyValue": "{{stage}}", "changeSource": "CRM_UI", "eventId": 3816279341,
          "subscriptionId": 26, "portalId": 33, "appId": 1160452, "occurredAt": 1462216307945, "subscriptionType": "{{type}}",
          "attemptNumber": 0{{(objectTypeId is null ? "" : $", \"objectTypeId\": \"{objectTypeId}\"")}}}]
        """;

    private static string Deal(string? currency, string withContact = """{"results": [{"id": "51", "type": "deal_to_contact"}]}""") =>
        $$"""
        {"id": "4711", "properties": {"amount": "12000", "dealname": "Acme renewal", "dealstage": "contractsent",
           "deal_currency_code": {{(currency is null ? "null" : $"\"{currency}\"")}}, "pipeline": "default", "hs_object_id": "4711"},
         "propertiesWithHistory": {"dealstage": [
           {"value": "appointmentscheduled", "timestamp": "2016-04-20T08:00:00.000Z", "sourceType": "CRM_UI"},
           {"value": "contractsent", "timestamp": "2016-05-02T19:11:47.945Z", "sourceType": "CRM_UI"},
           {"value": "qualifiedtobuy", "timestamp": "2016-04-28T10:30:00.000Z", "sourceType": "CRM_UI"}]},
         "associations": {"contacts": {{withContact}}},
         "createdAt": "2016-04-20T08:00:00.000Z", "updatedAt": "2016-05-02T19:11:47.945Z", "archived": false}
        """;

    private const string Buyer = """
        {"id": "51", "properties": {"email": "buyer@acme.example", "firstname": "Bryan", "lastname": "Cooper", "hs_language": "en",
         "mobilephone": null, "phone": "(555) 555-5555"}, "archived": false}
        """;

    private static FakeEnrichmentClient DealAnswers(string? currency = "EUR") => new FakeEnrichmentClient()
        .Answer($"{ApiBase}/crm/v3/objects/deals/4711{DealQuery}", Deal(currency))
        .Answer($"{ApiBase}/crm/v3/objects/contacts/51{ContactQuery}", Buyer);

    [Fact]
    public async Task A_deal_moved_to_another_stage_is_deal_stage_changed_with_the_stage_it_left()
    {
        var result = await NormalizeAsync(StageChange("contractsent"), DealAnswers());

        var e = Assert.Single(result.Events);
        Assert.Equal(("deal.stage_changed", "4711"), (e.Type, e.Subject));
        var expected = JsonNode.Parse("""
            {"deal": {"id": "4711", "name": "Acme renewal", "stage": "contractsent", "previousStage": "qualifiedtobuy",
                      "pipeline": "default", "currency": "EUR", "amount": 12000},
             "contact": {"id": "51", "firstName": "Bryan", "lastName": "Cooper", "email": "buyer@acme.example", "phone": "+15555555555", "locale": "en"}}
            """);
        Assert.True(JsonNode.DeepEquals(expected, e.Data), e.Data.ToJsonString());
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1462216307945), e.Time);
    }

    [Fact]
    public async Task A_deal_without_its_own_currency_takes_the_account_currency_and_without_either_has_no_amount()
    {
        var withSetting = await NormalizeAsync(StageChange("contractsent"), DealAnswers(currency: null), defaultCurrency: "NOK");
        var without = await NormalizeAsync(StageChange("contractsent"), DealAnswers(currency: null));

        var deal = Assert.Single(withSetting.Events).Data["deal"]!;
        Assert.Equal(("NOK", 12000m), ((string?)deal["currency"], deal["amount"]!.GetValue<decimal>()));
        var bare = Assert.Single(without.Events).Data["deal"]!.AsObject();
        Assert.False(bare.ContainsKey("amount"));
        Assert.False(bare.ContainsKey("currency"));
    }

    [Fact]
    public async Task A_deal_without_an_associated_contact_makes_no_contact_lookup()
    {
        var client = new FakeEnrichmentClient().Answer($"{ApiBase}/crm/v3/objects/deals/4711{DealQuery}", Deal("EUR", withContact: """{"results": []}"""));

        var e = Assert.Single((await NormalizeAsync(StageChange("contractsent"), client)).Events);

        Assert.Single(client.Calls);
        Assert.Null(e.Data["contact"]);
    }

    [Fact]
    public async Task Other_deal_properties_and_deal_creation_are_ignored_without_a_lookup()
    {
        var client = new FakeEnrichmentClient();
        var amount = await NormalizeAsync(StageChange("15000", property: "amount"), client);
        var creation = await NormalizeAsync("""
            [{"objectId": 4711, "changeSource": "CRM_UI", "eventId": 1, "subscriptionId": 27, "portalId": 33, "occurredAt": 1462216307945,
              "subscriptionType": "deal.creation", "attemptNumber": 0}]
            """, client);

        Assert.Empty(amount.Events);
        Assert.Contains("deal.propertyChange is ignored", amount.IgnoredReason, StringComparison.Ordinal);
        Assert.Empty(creation.Events);
        Assert.Contains("deal.creation is ignored", creation.IgnoredReason, StringComparison.Ordinal);
        Assert.Empty(client.Calls);
    }

    [Fact]
    public async Task Generic_object_subscription_types_route_by_object_type_id()
    {
        var deal = await NormalizeAsync(StageChange("contractsent", type: "object.propertyChange", objectTypeId: "0-3"), DealAnswers());
        var company = await NormalizeAsync(StageChange("x", type: "object.propertyChange", property: "name", objectTypeId: "0-2"), new FakeEnrichmentClient());
        var contactClient = new FakeEnrichmentClient().Answer($"{ApiBase}/crm/v3/objects/contacts/4711{ContactQuery}", Buyer.Replace("\"51\"", "\"4711\"", StringComparison.Ordinal));
        var contact = await NormalizeAsync(StageChange("subscriber", type: "object.propertyChange", property: "lifecyclestage", objectTypeId: "0-1"), contactClient);

        Assert.Equal("deal.stage_changed", Assert.Single(deal.Events).Type);
        Assert.Empty(company.Events);
        var updated = Assert.Single(contact.Events);
        Assert.Equal("contact.updated", updated.Type);
        Assert.Equal("""{"property":"lifecyclestage","value":"subscriber","source":"CRM_UI"}""", updated.Data["change"]!.ToJsonString());
        Assert.Equal("buyer@acme.example", (string?)updated.Data["contact"]!["email"]);
    }

    [Fact]
    public async Task A_refused_contact_lookup_fails_the_request_naming_the_lookup_and_its_url()
    {
        var refusing = new Golden.FakeEnrichmentClient(new JsonObject
        {
            [$"{ApiBase}/crm/v3/objects/contacts/123{ContactQuery}"] = new JsonObject { ["$status"] = 401 },
        });
        var request = TestRequests.Of(TestRequests.Fixture("hubspot", "contact.creation.json"), ("Content-Type", "application/json"));

        var ex = await Assert.ThrowsAsync<MappingException>(() =>
            HubSpot.Value.NormalizeAsync(request, HubSpot.Value.ParseBody(request), Context(), refusing, CancellationToken.None));

        Assert.StartsWith("batch element 0: ", ex.Message, StringComparison.Ordinal);
        Assert.Contains("enrich contact: GET https://api.hubapi.com/crm/v3/objects/contacts/123", ex.Message, StringComparison.Ordinal);
        Assert.Contains("was refused (401 Unauthorized)", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("pat-na1-test", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_lookup_carries_the_access_token_as_a_bearer_token()
    {
        var client = new FakeEnrichmentClient().Answer($"{ApiBase}/crm/v3/objects/contacts/123{ContactQuery}", Buyer);
        var request = TestRequests.Of(TestRequests.Fixture("hubspot", "contact.creation.json"), ("Content-Type", "application/json"));

        await HubSpot.Value.NormalizeRequestAsync(request, Context(), client);

        Assert.Equal("Bearer pat-na1-test", Assert.Single(client.Calls).Headers["Authorization"]);
    }

    [Fact]
    public async Task A_re_sent_element_keeps_its_event_id_whatever_the_attempt_number()
    {
        var client = new FakeEnrichmentClient().Answer($"{ApiBase}/crm/v3/objects/contacts/123{ContactQuery}", Buyer);
        var first = Encoding.UTF8.GetString(TestRequests.Fixture("hubspot", "contact.creation.json"));
        var retry = first.Replace("\"attemptNumber\":0", "\"attemptNumber\":3", StringComparison.Ordinal);

        var a = await NormalizeAsync(first, client);
        var b = await NormalizeAsync(retry, client);

        Assert.NotEqual(first, retry);
        Assert.Equal(Assert.Single(a.Events).Id, Assert.Single(b.Events).Id);
    }

    public static TheoryData<string> Vectors() => [.. SignatureVector.All().Where(v => v.System == "hubspot").Select(v => v.Name)];

    [Theory]
    [MemberData(nameof(Vectors))]
    public void The_spec_verifies_hubspots_own_signature_vectors(string name)
    {
        var vector = SignatureVector.Find("hubspot", name);

        var verified = HubSpot.Value.VerifySignature(vector.Request(), [vector.Secret], vector.Now(), vector.Settings());

        Assert.Equal(vector.ExpectedValid, verified);
    }
}
