using System.Text;
using System.Text.Json.Nodes;
using Hub.Connectors;
using Hub.Tests.Connectors.Engine;

namespace Hub.Tests.Connectors.Sources;

/// <summary>
/// connectors/salesforce.yaml beyond its golden case: several notifications in one message, created vs updated from the
/// record's dates, Leads and Opportunities, the organization check and the SOAP acknowledgement.
/// </summary>
public sealed class SalesforceTests
{
    private static readonly Lazy<ConnectorDefinition> Salesforce = new(() => ShippedSpecs.Load("salesforce"));

    private static ConnectorContext Context(string? defaultCurrency = null)
    {
        var settings = new JsonObject { ["organizationId"] = "00D000000000062", ["defaultRegion"] = "US" };
        if (defaultCurrency is not null)
        {
            settings["defaultCurrency"] = defaultCurrency;
        }
        return new ConnectorContext("sf-1", settings);
    }

    /// <summary>An outbound message in the layout of the fixture (Salesforce's outbound WSDL) with the given notifications.</summary>
    private static WebhookRequest Message(params string[] notifications) => TestRequests.Of(
        $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
         <soapenv:Body>
          <notifications xmlns="http://soap.sforce.com/2005/09/outbound">
           <OrganizationId>00D000000000062AAA</OrganizationId>
           <ActionId>04k000000000001</ActionId>
           <SessionId xsi:nil="true"/>
           <EnterpriseUrl>https://example.my.salesforce.com/services/Soap/c/60.0/00D000000000062</EnterpriseUrl>
           <PartnerUrl>https://example.my.salesforce.com/services/Soap/u/60.0/00D000000000062</PartnerUrl>
           {string.Join("\n", notifications)}
          </notifications>
         </soapenv:Body>
        </soapenv:Envelope>
        """,
        ("Content-Type", "text/xml; charset=utf-8"), ("SOAPAction", "\"\""));

    private static string Notification(string id, string type, string fields) =>
        $"""<Notification><Id>{id}</Id><sObject xsi:type="sf:{type}" xmlns:sf="urn:sobject.enterprise.soap.sforce.com">{fields}</sObject></Notification>""";

    private const string NewContact = """
        <sf:Id>003000000000001AAA</sf:Id><sf:CreatedDate>2026-02-01T09:00:00.000Z</sf:CreatedDate><sf:LastModifiedDate>2026-02-01T09:00:00.000Z</sf:LastModifiedDate>
        <sf:Email>ada@example.com</sf:Email><sf:FirstName>Ada</sf:FirstName><sf:LastName>Lovelace</sf:LastName>
        <sf:MobilePhone>(415) 555-0100</sf:MobilePhone><sf:Phone>(415) 555-0199</sf:Phone>
        """;

    private static Task<NormalizationResult> NormalizeAsync(WebhookRequest request, ConnectorContext? context = null) =>
        Salesforce.Value.NormalizeRequestAsync(request, context ?? Context());

    [Fact]
    public async Task A_record_not_edited_since_its_creation_is_contact_created_and_an_edited_one_contact_updated()
    {
        var edited = NewContact.Replace("<sf:LastModifiedDate>2026-02-01T09:00:00.000Z", "<sf:LastModifiedDate>2026-02-03T12:30:00.000Z", StringComparison.Ordinal);

        var result = await NormalizeAsync(Message(Notification("04l000000000001AAA", "Contact", NewContact), Notification("04l000000000002AAA", "Contact", edited)));

        Assert.Equal(["contact.created", "contact.updated"], result.Events.Select(e => e.Type));
        var expected = JsonNode.Parse("""
            {"contact": {"id": "003000000000001AAA", "firstName": "Ada", "lastName": "Lovelace", "email": "ada@example.com", "phone": "+14155550100"},
             "recordType": "Contact", "organizationId": "00D000000000062AAA"}
            """);
        Assert.True(JsonNode.DeepEquals(expected, result.Events[0].Data), result.Events[0].Data.ToJsonString());
        Assert.Equal(DateTimeOffset.Parse("2026-02-03T12:30:00Z", System.Globalization.CultureInfo.InvariantCulture), result.Events[1].Time);
    }

    [Fact]
    public async Task A_lead_is_a_contact_with_record_type_lead()
    {
        var e = Assert.Single((await NormalizeAsync(Message(Notification("04l000000000003AAA", "Lead", "<sf:Id>00Q000000000001AAA</sf:Id><sf:Email>lead@example.com</sf:Email>")))).Events);

        Assert.Equal(("contact.updated", "00Q000000000001AAA", "Lead"), (e.Type, e.Subject, (string?)e.Data["recordType"]));
    }

    [Fact]
    public async Task An_opportunity_is_a_stage_change_with_its_amount_only_when_the_currency_is_known()
    {
        const string opportunity = "<sf:Id>006000000000001AAA</sf:Id><sf:Name>Acme renewal</sf:Name><sf:StageName>Closed Won</sf:StageName><sf:Amount>12000.50</sf:Amount>";
        var request = Message(Notification("04l000000000004AAA", "Opportunity", opportunity));

        var withCurrency = Assert.Single((await NormalizeAsync(request, Context("USD"))).Events);
        var withoutCurrency = Assert.Single((await NormalizeAsync(request)).Events);

        Assert.Equal("deal.stage_changed", withCurrency.Type);
        Assert.Equal("""{"id":"006000000000001AAA","name":"Acme renewal","stage":"Closed Won","currency":"USD","amount":12000.50}""", withCurrency.Data["deal"]!.ToJsonString());
        Assert.Equal("""{"id":"006000000000001AAA","name":"Acme renewal","stage":"Closed Won"}""", withoutCurrency.Data["deal"]!.ToJsonString());
    }

    [Fact]
    public async Task A_record_type_without_a_route_is_ignored_and_the_others_still_map()
    {
        var result = await NormalizeAsync(Message(
            Notification("04l000000000005AAA", "Account", "<sf:Id>001000000000001AAA</sf:Id>"),
            Notification("04l000000000006AAA", "Contact", NewContact)));

        Assert.Equal("contact.created", Assert.Single(result.Events).Type);
        Assert.Equal("element 0: no route for event type Account", result.IgnoredReason);
    }

    [Fact]
    public void The_delivery_id_lists_every_notification_and_each_notification_keeps_its_event_id()
    {
        var two = Message(Notification("04l000000000007AAA", "Contact", NewContact), Notification("04l000000000008AAA", "Lead", "<sf:Id>00Q000000000002AAA</sf:Id>"));

        var identity = Salesforce.Value.Identify(two, Salesforce.Value.ParseBody(two));

        Assert.Equal(new WebhookIdentity("04l000000000007AAA,04l000000000008AAA", "Contact, Lead"), identity);
    }

    [Fact]
    public async Task A_notification_resent_alone_is_the_same_event()
    {
        var both = await NormalizeAsync(Message(Notification("04l000000000007AAA", "Contact", NewContact), Notification("04l000000000008AAA", "Lead", "<sf:Id>00Q000000000002AAA</sf:Id>")));
        var alone = await NormalizeAsync(Message(Notification("04l000000000008AAA", "Lead", "<sf:Id>00Q000000000002AAA</sf:Id>")));

        Assert.Equal(both.Events[1].Id, Assert.Single(alone.Events).Id);
    }

    [Fact]
    public void Only_messages_from_the_configured_organization_pass_and_the_reply_is_the_soap_ack()
    {
        var fixture = TestRequests.Of(TestRequests.Fixture("salesforce", "outbound-message.contact.xml"), ("Content-Type", "text/xml"));
        JsonObject Org(string id) => new() { ["organizationId"] = id };

        Assert.True(Salesforce.Value.VerifySignature(fixture, [], DateTimeOffset.UtcNow, Org("someOrganizationId")));
        Assert.False(Salesforce.Value.VerifySignature(fixture, [], DateTimeOffset.UtcNow, Org("00D000000000062")));
        Assert.True(Salesforce.Value.VerifySignature(Message(), [], DateTimeOffset.UtcNow, Org("00D000000000062")));

        var reply = Salesforce.Value.AcceptedReply!;
        Assert.Equal(200, reply.Status);
        Assert.StartsWith("text/xml", reply.ContentType, StringComparison.Ordinal);
        var ack = System.Xml.Linq.XDocument.Parse(reply.Body);
        System.Xml.Linq.XNamespace outbound = "http://soap.sforce.com/2005/09/outbound";
        Assert.Equal("true", ack.Descendants(outbound + "Ack").Single().Value);
        var expected = System.Xml.Linq.XDocument.Parse(File.ReadAllText(RepoPaths.Fixture("salesforce", "ack-response.xml")));
        Assert.True(System.Xml.Linq.XNode.DeepEquals(Normalize(expected), Normalize(ack)));
    }

    /// <summary>The document without whitespace-only text, for comparing XML that differs only in indentation.</summary>
    private static System.Xml.Linq.XElement Normalize(System.Xml.Linq.XDocument document)
    {
        var root = new System.Xml.Linq.XElement(document.Root!);
        foreach (var text in root.DescendantNodes().OfType<System.Xml.Linq.XText>().Where(t => string.IsNullOrWhiteSpace(t.Value)).ToList())
        {
            text.Remove();
        }
        return root;
    }
}
