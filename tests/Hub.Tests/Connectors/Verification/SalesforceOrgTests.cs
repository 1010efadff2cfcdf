using System.Text;
using Hub.Connectors;

namespace Hub.Tests.Connectors.Verification;

/// <summary>salesforce-org: the Outbound Message must name the configured organization (first 15 characters, case-sensitive).</summary>
public sealed class SalesforceOrgTests
{
    // The fixture's (anonymised) organization id is 18 characters long, like a real one.
    private const string OrgId = "someOrganizationId";
    private static readonly byte[] Message = File.ReadAllBytes(RepoPaths.Fixture("salesforce", "outbound-message.contact.xml"));

    private static ConnectorDefinition Salesforce => VerifyCatalog.For("salesforce");

    private static bool Verify(byte[] body, string? configured) =>
        Salesforce.VerifySignature(SignedRequests.Request(body), [], DateTimeOffset.UtcNow,
            configured is null ? [] : SignedRequests.Settings(("organizationId", configured)));

    private static byte[] Envelope(string notifications) => Encoding.UTF8.GetBytes($"""
        <?xml version="1.0" encoding="UTF-8"?>
        <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">
          <soapenv:Body>{notifications}</soapenv:Body>
        </soapenv:Envelope>
        """);

    [Theory]
    [InlineData(OrgId, true)]
    [InlineData("someOrganizatio", true)]
    [InlineData("someOrganizatioXYZ", true)]
    [InlineData("SomeOrganizationId", false)]
    [InlineData("someOrganizatiox", false)]
    [InlineData("otherOrganizati", false)]
    [InlineData("someOrg", false)]
    public void The_first_fifteen_characters_must_match_exactly(string configured, bool verifies)
    {
        Assert.Equal(verifies, Verify(Message, configured));
    }

    [Fact]
    public void Without_the_setting_nothing_verifies()
    {
        Assert.False(Verify(Message, null));
    }

    [Fact]
    public void A_document_with_a_dtd_is_refused_without_expanding_it()
    {
        var body = Encoding.UTF8.GetBytes("""
            <?xml version="1.0"?>
            <!DOCTYPE lol [<!ENTITY a "someOrganizationId"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
            <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body>
            <notifications xmlns="http://soap.sforce.com/2005/09/outbound"><OrganizationId>&a;</OrganizationId></notifications>
            </soapenv:Body></soapenv:Envelope>
            """);

        Assert.False(Verify(body, OrgId));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not xml")]
    [InlineData("<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>")]
    [InlineData("{\"OrganizationId\":\"someOrganizationId\"}")]
    public void Malformed_bodies_do_not_verify(string body)
    {
        Assert.False(Verify(Encoding.UTF8.GetBytes(body), OrgId));
    }

    [Fact]
    public void Odd_content_where_the_id_belongs_does_not_verify()
    {
        var nested = Envelope($"<notifications xmlns=\"http://soap.sforce.com/2005/09/outbound\"><OrganizationId><b>{OrgId}</b></OrganizationId></notifications>");
        var valid = Envelope($"<notifications xmlns=\"http://soap.sforce.com/2005/09/outbound\"><OrganizationId>{OrgId}</OrganizationId></notifications>");
        var invalidUtf8 = (byte[])valid.Clone();
        invalidUtf8[Encoding.UTF8.GetString(valid).IndexOf(OrgId, StringComparison.Ordinal) + 4] = 0xC3;
        var utf16Declared = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(Message).Replace("UTF-8", "UTF-16", StringComparison.Ordinal));

        Assert.False(Verify(nested, OrgId));
        Assert.False(Verify(invalidUtf8, OrgId));
        Assert.False(Verify(utf16Declared, OrgId));
    }

    [Fact]
    public void The_id_must_sit_in_the_outbound_namespace_under_notifications_and_be_alone()
    {
        var wrongNamespace = Envelope($"<notifications xmlns=\"urn:other\"><OrganizationId>{OrgId}</OrganizationId></notifications>");
        var wrongPlace = Envelope($"<notifications xmlns=\"http://soap.sforce.com/2005/09/outbound\"><Notification><OrganizationId>{OrgId}</OrganizationId></Notification></notifications>");
        var twice = Envelope($"<notifications xmlns=\"http://soap.sforce.com/2005/09/outbound\"><OrganizationId>{OrgId}</OrganizationId><OrganizationId>otherOrganizationX</OrganizationId></notifications>");
        var right = Envelope($"<notifications xmlns=\"http://soap.sforce.com/2005/09/outbound\"><OrganizationId>{OrgId}</OrganizationId></notifications>");

        Assert.False(Verify(wrongNamespace, OrgId));
        Assert.False(Verify(wrongPlace, OrgId));
        Assert.False(Verify(twice, OrgId));
        Assert.True(Verify(right, OrgId));
    }
}
