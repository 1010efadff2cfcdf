using Hub.Connectors;

namespace Hub.Tests.Connectors.Verification;

/// <summary>Mistakes in a <c>verify:</c> block are reported at load, naming the file, line and field.</summary>
public sealed class VerificationSpecErrorTests : IDisposable
{
    private readonly TempSpecDirectory _specs = new();

    public void Dispose() => _specs.Dispose();

    // The verify block starts on line 6 of VerifySpecs.Spec, so its first key is on line 7.
    private SpecError SingleError(string verifyAndSettings)
    {
        var file = _specs.Write("broken.yaml", VerifySpecs.Spec("broken", verifyAndSettings));
        var error = Assert.Single(ConnectorCatalog.Validate(_specs.Path));
        Assert.Equal(file, error.File);
        return error;
    }

    [Fact]
    public void Every_spec_block_in_the_reference_loads()
    {
        foreach (var (type, block) in VerifySpecs.ByType)
        {
            _specs.Write($"{type}.yaml", VerifySpecs.Spec(type, block));
        }

        Assert.Empty(ConnectorCatalog.Validate(_specs.Path));
    }

    [Theory]
    [InlineData("tolerance: 5 minutes", 9, "verify.tolerance", "'5 minutes' is not a duration")]
    [InlineData("tolerance: 2d", 9, "verify.tolerance", "not a duration")]
    [InlineData("tolerance: 0s", 9, "verify.tolerance", "between 1s and 24h")]
    [InlineData("signed_payload: \"{timestamp}.\"", 9, "verify.signed_payload", "{body} exactly once")]
    [InlineData("signed_payload: \"{body}\"", 9, "verify.signed_payload", "must contain {timestamp}")]
    [InlineData("signed_payload: \"{ts}.{body}\"", 9, "verify.signed_payload", "unknown placeholder {ts}")]
    [InlineData("timestamp_format: rfc1123", 9, "verify.timestamp_format", "not one of: unix, unix-ms, iso8601")]
    [InlineData("signatur_key: v2", 9, "verify.signatur_key", "unknown key")]
    public void Timestamped_hmac_parameters_are_checked(string line, int expectedLine, string field, string message)
    {
        var error = SingleError($"""
            verify:
              scheme: timestamped-hmac
              encoding: hex
              {line}
              signature_header: Stripe-Signature
            """);

        Assert.Equal((expectedLine, field), (error.Line, error.Field));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void List_keys_are_refused_next_to_a_timestamp_header()
    {
        var error = SingleError("""
            verify:
              scheme: timestamped-hmac
              signature_header: X-Signature
              timestamp_header: X-Timestamp
              signature_key: v1
              encoding: base64
            """);

        Assert.Equal((10, "verify.signature_key"), (error.Line, error.Field));
        Assert.Contains("remove timestamp_header", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Standard_webhooks_secret_encoding_is_a_choice()
    {
        var error = SingleError("""
            verify:
              scheme: standard-webhooks
              secret_encoding: hex
            """);

        Assert.Equal((8, "verify.secret_encoding"), (error.Line, error.Field));
        Assert.Contains("base64, utf8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HubSpot_v2_and_v3_need_the_url_setting()
    {
        var error = SingleError("""
            verify:
              scheme: hubspot
              versions: [v1, v3]
            """);

        Assert.Equal((6, "verify.url_setting"), (error.Line, error.Field));
        Assert.Contains("v2 and v3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HubSpot_v1_alone_needs_no_url()
    {
        _specs.Write("legacy.yaml", VerifySpecs.Spec("legacy", """
            verify:
              scheme: hubspot
              versions: [v1]
            """));

        Assert.Empty(ConnectorCatalog.Validate(_specs.Path));
    }

    [Fact]
    public void HubSpot_versions_are_checked()
    {
        var error = SingleError("""
            verify:
              scheme: hubspot
              url_setting: webhookUrl
              versions: [v3, v4]
            settings:
              webhookUrl: { type: url }
            """);

        Assert.Equal((9, "verify.versions"), (error.Line, error.Field));
        Assert.Contains("'v4'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_setting_name_must_be_an_identifier()
    {
        var error = SingleError("""
            verify:
              scheme: basic-auth
              username_setting: web-hook user
            """);

        Assert.Equal((8, "verify.username_setting"), (error.Line, error.Field));
    }

    [Theory]
    [InlineData("url-hmac", "  header: X-Sig\n  encoding: base64\n", "url_setting")]
    [InlineData("basic-auth", "", "username_setting")]
    [InlineData("salesforce-org", "", "org_setting")]
    public void A_required_parameter_is_reported_missing(string scheme, string otherParameters, string missing)
    {
        var error = SingleError($"verify:\n  scheme: {scheme}\n{otherParameters}");

        Assert.Equal((6, $"verify.{missing}"), (error.Line, error.Field));
        Assert.Contains("is required", error.Message, StringComparison.Ordinal);
    }


    [Theory]
    [InlineData("url-hmac", "header: X-Sig\n  encoding: base64\n  url_setting: notificationUrl", "notificationUrl", "url_setting", 10)]
    [InlineData("basic-auth", "username_setting: webhookUsername", "webhookUsername", "username_setting", 8)]
    [InlineData("salesforce-org", "org_setting: organizationId", "organizationId", "org_setting", 8)]
    [InlineData("hubspot", "url_setting: webhookUrl", "webhookUrl", "url_setting", 8)]
    public void A_setting_the_scheme_reads_must_be_declared(string scheme, string parameters, string setting, string key, int line)
    {
        var error = SingleError($"verify:\n  scheme: {scheme}\n  {parameters}\nsettings:\n  other: {{ type: string }}\n");

        Assert.Equal((line, $"verify.{key}"), (error.Line, error.Field));
        Assert.Contains($"setting '{setting}' is not declared", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_setting_the_scheme_reads_must_be_text()
    {
        var error = SingleError("""
            verify:
              scheme: salesforce-org
              org_setting: organizationId
            settings:
              organizationId: { type: integer }
            """);

        Assert.Equal((8, "verify.org_setting"), (error.Line, error.Field));
        Assert.Contains("type: string or url", error.Message, StringComparison.Ordinal);
    }
}
