using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Hub.Specs;

namespace Hub.Connectors.Internals.Verification;

/// <summary>
/// <c>salesforce-org</c>: Outbound Messages are unsigned SOAP, so the check is that the message names the
/// organization this instance is configured for. The org id is not a secret: this only stops messages from other
/// orgs (and misrouted ones), which is why the connector id in the webhook URL must stay unguessable.
/// </summary>
internal sealed class SalesforceOrgScheme : IVerificationScheme
{
    // Salesforce ids are 15 case-sensitive characters; the 18-character form adds a 3-character case checksum.
    private const int ShortIdLength = 15;
    private const int LongIdLength = 18;

    private readonly SettingReference _organization;

    private SalesforceOrgScheme(SettingReference organization)
    {
        _organization = organization;
    }

    public IReadOnlyList<SettingReference> UsedSettings => [_organization];

    public static IVerificationScheme? FromSpec(YamlMap spec) =>
        SettingReference.Read(spec, "org_setting") is { } organization ? new SalesforceOrgScheme(organization) : null;

    public bool Verify(WebhookRequest request, IReadOnlyList<string> secrets, DateTimeOffset now, JsonObject settings)
    {
        var configured = _organization.ValueIn(settings)?.Trim();
        var sent = SalesforceOutboundMessage.OrganizationId(request.Body);
        return IsId(configured) && IsId(sent)
            && CryptographicOperations.FixedTimeEquals(
                Encoding.ASCII.GetBytes(configured[..ShortIdLength]),
                Encoding.ASCII.GetBytes(sent[..ShortIdLength]));
    }

    private static bool IsId([NotNullWhen(true)] string? text) =>
        text is { Length: ShortIdLength or LongIdLength } && text.All(char.IsAsciiLetterOrDigit);
}
