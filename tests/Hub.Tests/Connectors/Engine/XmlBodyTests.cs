using System.Text;
using System.Text.Json.Nodes;
using Hub.Connectors;

namespace Hub.Tests.Connectors.Engine;

public sealed class XmlBodyTests : IDisposable
{
    private readonly TempSpecDirectory _specs = new();
    private readonly ConnectorDefinition _xml;

    public XmlBodyTests()
    {
        _xml = _specs.Load("soap", """
            type: soap
            name: SOAP
            format: xml
            verify: { scheme: none }
            event_type: body.Envelope.Body.notifications.ActionId
            routes: {}
            """);
    }

    public void Dispose() => _specs.Dispose();

    private JsonNode Parse(string xml) => _xml.ParseBody(TestRequests.Of(xml));

    [Fact]
    public void A_salesforce_outbound_message_reads_by_local_names()
    {
        var body = _xml.ParseBody(TestRequests.Of(TestRequests.Fixture("salesforce", "outbound-message.contact.xml")));

        var expected = JsonNode.Parse("""
            {"Envelope": {"Body": {"notifications": {
              "OrganizationId": "someOrganizationId", "ActionId": "SomeActionId", "SessionId": null,
              "EnterpriseUrl": "someEnterpriseUrl", "PartnerUrl": "somePartnerUrl",
              "Notification": {"Id": "notificationID", "sObject": {"@type": "sf:Contact", "Id": "aContactId"}}}}}}
            """);
        Assert.True(JsonNode.DeepEquals(expected, body), body.ToJsonString());
        Assert.Equal(["text/xml", "application/xml"], _xml.ContentTypes);
    }

    [Fact]
    public void Repeated_elements_become_an_array_in_document_order()
    {
        var body = Parse("<n><N><Id>1</Id></N><Other/><N><Id>2</Id></N></n>");

        Assert.Equal("""{"n":{"N":[{"Id":"1"},{"Id":"2"}],"Other":""}}""", body.ToJsonString());
    }

    [Fact]
    public void Attributes_go_under_at_names_and_text_beside_them_under_hash_text()
    {
        var body = Parse("""<a xmlns:x="urn:x" x:kind="k"><price currency="EUR">12.50</price><note><![CDATA[<b>&]]></note></a>""");

        Assert.Equal("""{"a":{"@kind":"k","price":{"@currency":"EUR","#text":"12.50"},"note":"\u003Cb\u003E\u0026"}}""", body.ToJsonString());
    }

    [Fact]
    public void Entities_and_character_references_are_decoded()
    {
        Assert.Equal("a<b & \"c\" é", Parse("<t>a&lt;b &amp; &quot;c&quot; &#233;</t>")["t"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("""<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><lolz>&lol2;</lolz>""")]
    [InlineData("""<?xml version="1.0"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><foo>&xxe;</foo>""")]
    public void Dtds_and_therefore_entity_expansion_are_refused(string xml)
    {
        var ex = Assert.Throws<InvalidWebhookBodyException>(() => Parse(xml));

        Assert.StartsWith("The body is not valid XML", ex.Message, StringComparison.Ordinal);
        Assert.Contains("DTD is prohibited", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_xml_names_the_line_and_position()
    {
        var ex = Assert.Throws<InvalidWebhookBodyException>(() => Parse("<a>\n  <b>text</c>\n</a>"));

        Assert.StartsWith("The body is not valid XML at line 2, position ", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(" Line 2", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("<a/><b/>", "not valid XML")]
    [InlineData("""<a xmlns:p="urn:p" xmlns:q="urn:q" p:id="1" q:id="2"/>""", "two attributes named 'id'")]
    public void Other_bodies_that_cannot_be_read_say_why(string xml, string expected)
    {
        var ex = Assert.Throws<InvalidWebhookBodyException>(() => Parse(xml));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_is_limited()
    {
        var deep = string.Concat(Enumerable.Repeat("<a>", 70)) + string.Concat(Enumerable.Repeat("</a>", 70));

        var ex = Assert.Throws<InvalidWebhookBodyException>(() => Parse(deep));

        Assert.Contains("deeper than 64", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_declared_encoding_is_honoured()
    {
        var latin1 = Encoding.Latin1.GetBytes("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><name>Bjørn</name>");

        Assert.Equal("Bjørn", _xml.ParseBody(TestRequests.Of(latin1))["name"]!.GetValue<string>());
    }
}
