using System.Text.Json.Nodes;
using Hub.Connectors;

namespace Hub.Tests.Connectors.Engine;

public sealed class BatchTests : IDisposable
{
    // HubSpot's eventId is "not guaranteed to be unique", so the element key combines it with the subscription and object.
    private const string HubSpotSpec = """
        type: hubspot
        name: HubSpot
        verify: { scheme: none }
        batch: body
        item_id: '[item.portalId, item.subscriptionId, item.eventId, item.objectId] | array.join ":"'
        event_type: item.subscriptionType ?? item.eventType
        routes:
          contact.creation:
            emit: contact.created
            subject: item.objectId | text
            time: item.occurredAt // 1000
            data:
              contact:
                id: item.objectId | text
                source: item.changeSource
                portal: body[0].portalId
          contact.propertyChange:
            emit: contact.updated
            subject: item.objectId | text
            data:
              contact: { id: item.objectId | text }
              change: { property: item.propertyName, value: item.propertyValue }
          contact.deletion:
            ignore: true
        """;

    private const string SalesforceSpec = """
        type: salesforce
        name: Salesforce
        format: xml
        verify: { scheme: none }
        batch: body.Envelope.Body.notifications.Notification
        item_id: item.Id
        event_type: item.sObject["@type"]
        routes:
          sf:Contact:
            emit: contact.updated
            subject: item.sObject.Id
            data:
              contact: { id: item.sObject.Id, email: item.sObject.Email }
              organizationId: body.Envelope.Body.notifications.OrganizationId
        """;

    private readonly TempSpecDirectory _specs = new();
    private readonly ConnectorDefinition _hubspot;
    private readonly ConnectorDefinition _salesforce;

    public BatchTests()
    {
        _hubspot = _specs.Load("hubspot", HubSpotSpec);
        _salesforce = _specs.Load("salesforce", SalesforceSpec);
    }

    public void Dispose() => _specs.Dispose();

    private static ConnectorContext Context => new("hs-1", []);

    private static JsonArray BatchFixture() => JsonNode.Parse(TestRequests.Fixture("hubspot", "batch.contact.propertyChange+contact.creation.json"))!.AsArray();

    private Task<NormalizationResult> HubSpotAsync(JsonNode body) => _hubspot.NormalizeRequestAsync(TestRequests.Of(body.ToJsonString()), Context);

    [Fact]
    public async Task Each_element_of_a_batch_becomes_one_event()
    {
        var result = await HubSpotAsync(BatchFixture());

        Assert.Null(result.IgnoredReason);
        Assert.Equal(["contact.updated", "contact.created"], result.Events.Select(e => e.Type));
        Assert.Equal(["1246965", "1246978"], result.Events.Select(e => e.Subject));
        Assert.Equal("""{"property":"lifecyclestage","value":"subscriber"}""", result.Events[0].Data["change"]!.ToJsonString());
        Assert.Equal("""{"id":"1246978","source":"IMPORT","portal":33}""", result.Events[1].Data["contact"]!.ToJsonString());
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1462216307), result.Events[1].Time);
    }

    [Fact]
    public async Task An_element_keeps_its_event_id_in_a_differently_composed_batch()
    {
        var both = await HubSpotAsync(BatchFixture());
        var alone = await HubSpotAsync(new JsonArray(BatchFixture()[1]!.DeepClone()));

        Assert.Equal(both.Events[1].Id, Assert.Single(alone.Events).Id);
        Assert.NotEqual(both.Events[0].Id, both.Events[1].Id);
    }

    [Fact]
    public void Identify_gives_one_delivery_id_per_request_and_lists_the_event_types()
    {
        var request = TestRequests.Of(BatchFixture().ToJsonString());

        var identity = _hubspot.Identify(request, _hubspot.ParseBody(request));

        // No header carries a delivery id, so the receiver deduplicates the request on a hash of its body.
        Assert.Equal(new WebhookIdentity(null, "contact.propertyChange, contact.creation"), identity);
    }

    [Fact]
    public async Task Without_item_id_event_ids_come_from_the_delivery_and_the_position()
    {
        var spec = HubSpotSpec.Replace("type: hubspot", "type: positional", StringComparison.Ordinal)
            .Replace("item_id: ", "# item_id: ", StringComparison.Ordinal);
        var positional = _specs.Load("positional", spec);
        var request = TestRequests.Of(BatchFixture().ToJsonString());

        var first = await positional.NormalizeRequestAsync(request, Context);
        var again = await positional.NormalizeRequestAsync(request, Context);

        Assert.Equal(first.Events.Select(e => e.Id), again.Events.Select(e => e.Id));
        Assert.NotEqual(first.Events[0].Id, first.Events[1].Id);
    }

    [Fact]
    public async Task Ignored_elements_are_reported_beside_the_events_of_the_others()
    {
        var batch = BatchFixture();
        batch.Add(JsonNode.Parse("""{"objectId": 1, "eventId": 9, "subscriptionType": "contact.deletion"}"""));
        batch.Add(JsonNode.Parse("""{"objectId": 2, "eventId": 10, "subscriptionType": "deal.creation"}"""));
        batch.Add(JsonNode.Parse("""{"objectId": 3, "eventId": 11}"""));

        var result = await HubSpotAsync(batch);

        Assert.Equal(2, result.Events.Count);
        Assert.Equal(
            "element 2: event type contact.deletion is ignored by the hubspot connector; element 3: no route for event type deal.creation; "
            + "element 4 carries no event type (item.subscriptionType ?? item.eventType is empty)",
            result.IgnoredReason);
    }

    [Fact]
    public async Task Elements_repeating_an_item_id_are_the_same_event()
    {
        var batch = BatchFixture();
        batch.Add(batch[1]!.DeepClone());

        var result = await HubSpotAsync(batch);

        Assert.Equal(2, result.Events.Count);
        Assert.Equal("element 2 repeats the item_id of an earlier element", result.IgnoredReason);
    }

    [Fact]
    public async Task An_empty_batch_is_ignored_and_a_single_object_is_a_batch_of_one()
    {
        var empty = await HubSpotAsync(new JsonArray());
        var single = await HubSpotAsync(BatchFixture()[1]!.DeepClone());

        Assert.Equal("the batch is empty (body has no elements)", empty.IgnoredReason);
        Assert.Equal("contact.created", Assert.Single(single.Events).Type);
    }

    [Fact]
    public async Task A_batch_that_is_not_a_list_fails_and_a_failing_element_is_named()
    {
        var text = await Assert.ThrowsAsync<MappingException>(() => _hubspot.NormalizeRequestAsync(TestRequests.Of("\"text\""), Context));
        var batch = BatchFixture();
        batch[1]!["occurredAt"] = "yesterday";
        var element = await Assert.ThrowsAsync<MappingException>(() => HubSpotAsync(batch));

        Assert.Contains("'body' gave String 'text', not a list of events", text.Message, StringComparison.Ordinal);
        Assert.StartsWith("batch element 1: route contact.creation, field time: ", element.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_salesforce_notification_is_a_batch_of_one()
    {
        var request = TestRequests.Of(TestRequests.Fixture("salesforce", "outbound-message.contact.xml"));

        var e = Assert.Single((await _salesforce.NormalizeRequestAsync(request, new ConnectorContext("sf-1", []))).Events);

        Assert.Equal(("contact.updated", "aContactId"), (e.Type, e.Subject));
        Assert.Equal("""{"contact":{"id":"aContactId"},"organizationId":"someOrganizationId"}""", e.Data.ToJsonString());
        Assert.Equal("sf:Contact", _salesforce.Identify(request, _salesforce.ParseBody(request)).EventType);
    }

    [Fact]
    public async Task Several_salesforce_notifications_become_several_events_keyed_by_notification_id()
    {
        var xml = System.Text.Encoding.UTF8.GetString(TestRequests.Fixture("salesforce", "outbound-message.contact.xml"));
        var second = """
            <Notification><Id>secondID</Id><sObject xsi:type="sf:Contact" xmlns:sf="urn:sobject.enterprise.soap.sforce.com"><sf:Id>otherContact</sf:Id><sf:Email>a@b.c</sf:Email></sObject></Notification>
            """;
        var two = xml.Replace("</Notification>", "</Notification>" + second, StringComparison.Ordinal);

        var one = await _salesforce.NormalizeRequestAsync(TestRequests.Of(xml), new ConnectorContext("sf-1", []));
        var result = await _salesforce.NormalizeRequestAsync(TestRequests.Of(two), new ConnectorContext("sf-1", []));

        Assert.Equal(["aContactId", "otherContact"], result.Events.Select(e => e.Subject));
        Assert.Equal("a@b.c", result.Events[1].Data["contact"]!["email"]!.GetValue<string>());
        Assert.Equal(one.Events[0].Id, result.Events[0].Id);
    }
}
