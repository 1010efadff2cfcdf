using System.Text.Json.Nodes;
using Hub.Connectors;
using Hub.Tests.Connectors.Engine;

namespace Hub.Tests.Connectors;

public sealed class ConnectorSettingsValidatorTests : IDisposable
{
    private const string Spec = """
        type: every-type
        name: Every setting type
        verify: { scheme: none }
        event_type: body.type
        settings:
          label: { type: string }
          defaultRegion: { type: region }
          apiBase: { type: url, default: "https://api.example.com" }
          webhookUrl: { type: url, required: true, help: The URL the source signs }
          pageSize: { type: integer }
          sandbox: { type: boolean }
          timeZone: { type: timezone }
          locale: { type: locale }
        credentials:
          apiKey: { required: true }
        routes:
          "*": { ignore: true }
        """;

    private const string WebhookUrl = "https://hub.example.com/webhooks/x";
    private readonly TempSpecDirectory _specs = new();
    private readonly ConnectorDefinition _definition;

    public ConnectorSettingsValidatorTests() => _definition = _specs.Load("every-type", Spec);

    public void Dispose() => _specs.Dispose();

    private IReadOnlyDictionary<string, string[]> Validate(JsonObject? settings, string? secret = "s3cret", JsonObject? credentials = null) =>
        ConnectorSettingsValidator.Validate(_definition, settings, secret, credentials);

    private static JsonObject Settings(string name, JsonNode? value) => new() { ["webhookUrl"] = WebhookUrl, [name] = value };

    [Fact]
    public void Valid_settings_secret_and_credentials_pass()
    {
        var settings = new JsonObject
        {
            ["label"] = "Shop", ["defaultRegion"] = "NO", ["apiBase"] = "http://127.0.0.1:8080/api", ["webhookUrl"] = WebhookUrl,
            ["pageSize"] = 50, ["sandbox"] = true, ["timeZone"] = "Europe/Oslo", ["locale"] = "nb-NO",
        };

        Assert.Empty(Validate(settings, credentials: new JsonObject { ["apiKey"] = "key-1" }));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void A_blank_secret_is_refused(string secret)
    {
        Assert.Equal(["The secret must not be blank; leave it out to keep the current one."], Validate(Settings("label", "x"), secret)["secret"]);
    }

    [Fact]
    public void A_secret_over_4_KB_is_refused_and_an_omitted_one_is_not_checked()
    {
        Assert.Empty(Validate(Settings("label", "x"), new string('k', 4096)));
        Assert.Equal(["The secret must be at most 4096 bytes."], Validate(Settings("label", "x"), new string('k', 4097))["secret"]);
        Assert.Empty(Validate(Settings("label", "x"), secret: null));
    }

    [Fact]
    public void An_undeclared_setting_is_refused_naming_the_declared_ones()
    {
        var errors = Validate(Settings("regon", "US"));

        Assert.Equal(
            ["'regon' is not a setting of every-type; its settings are label, defaultRegion, apiBase, webhookUrl, pageSize, sandbox, timeZone, locale."],
            Assert.Single(errors).Value);
        Assert.Equal("settings.regon", errors.Keys.Single());
    }

    [Fact]
    public void A_required_setting_must_be_present_and_not_blank_unless_it_has_a_default()
    {
        Assert.Equal(["The setting 'webhookUrl' is required: The URL the source signs"], Validate(null)["settings.webhookUrl"]);
        Assert.Equal(["The setting 'webhookUrl' is required: The URL the source signs"], Validate(new JsonObject { ["webhookUrl"] = " " })["settings.webhookUrl"]);
        Assert.Equal(["The setting 'webhookUrl' is required: The URL the source signs"], Validate(new JsonObject { ["webhookUrl"] = null })["settings.webhookUrl"]);
        Assert.DoesNotContain("settings.apiBase", Validate(null).Keys);
    }

    [Theory]
    [InlineData("defaultRegion", "\"NOT-A-REGION\"", "'NOT-A-REGION' is not an ISO 3166-1 alpha-2 region with a phone numbering plan (US, DE, NO, ...).")]
    [InlineData("defaultRegion", "\"XX\"", "'XX' is not an ISO 3166-1 alpha-2 region with a phone numbering plan (US, DE, NO, ...).")]
    [InlineData("defaultRegion", "\"us\"", "'us' must be written in upper case: 'US'.")]
    [InlineData("defaultRegion", "47", "Expected text (a region).")]
    [InlineData("apiBase", "\"file:///etc/passwd\"", "'file:///etc/passwd' is not an absolute http or https URL.")]
    [InlineData("apiBase", "\"ftp://example.com\"", "'ftp://example.com' is not an absolute http or https URL.")]
    [InlineData("apiBase", "\"/relative\"", "'/relative' is not an absolute http or https URL.")]
    [InlineData("apiBase", "\"https://user:pass@api.example.com\"", "A URL must not carry a user name or password.")]
    [InlineData("pageSize", "1.5", "Expected a whole number.")]
    [InlineData("pageSize", "\"50\"", "Expected a whole number.")]
    [InlineData("sandbox", "\"yes\"", "Expected true or false.")]
    [InlineData("timeZone", "\"Mars/Olympus\"", "'Mars/Olympus' is not an IANA time zone (Europe/Oslo, America/New_York, UTC).")]
    [InlineData("locale", "\"xx-NOPE-1\"", "'xx-NOPE-1' is not a BCP 47 locale (nb-NO, en-US, de).")]
    [InlineData("label", "{\"a\": 1}", "Expected text (a string).")]
    public void A_value_must_be_of_the_declared_type(string name, string json, string message)
    {
        Assert.Equal([message], Validate(Settings(name, JsonNode.Parse(json)))[$"settings.{name}"]);
    }

    [Theory]
    [InlineData("defaultRegion", "\"DE\"")]
    [InlineData("timeZone", "\"America/New_York\"")]
    [InlineData("timeZone", "\"UTC\"")]
    [InlineData("locale", "\"en\"")]
    [InlineData("pageSize", "-3")]
    [InlineData("sandbox", "false")]
    [InlineData("defaultRegion", "\"\"")]
    [InlineData("pageSize", "null")]
    public void Values_of_the_declared_type_and_unset_values_pass(string name, string json)
    {
        Assert.Empty(Validate(Settings(name, JsonNode.Parse(json))));
    }

    [Fact]
    public void Settings_over_16_KB_are_refused_as_a_whole()
    {
        var errors = Validate(Settings("label", new string('x', 16 * 1024)));

        Assert.Equal(["The settings must be at most 16384 bytes of JSON."], Assert.Single(errors).Value);
        Assert.Equal("settings", errors.Keys.Single());
    }

    [Fact]
    public void Credentials_must_be_declared_non_blank_strings_and_their_values_are_never_quoted()
    {
        var errors = Validate(Settings("label", "x"), credentials: new JsonObject { ["apiKey"] = "  ", ["token"] = "tok-secret-value" });

        Assert.Equal(["A credential must be a non-blank string."], errors["credentials.apiKey"]);
        Assert.Equal(["'token' is not a credential of every-type; its credentials are apiKey."], errors["credentials.token"]);
        Assert.Equal(["A credential must be a non-blank string."], Validate(Settings("label", "x"), credentials: new JsonObject { ["apiKey"] = 42 })["credentials.apiKey"]);
        Assert.DoesNotContain("tok-secret-value", string.Concat(errors.Values.SelectMany(m => m)), StringComparison.Ordinal);
    }

    [Fact]
    public void Credentials_over_16_KB_are_refused_and_omitted_ones_are_not_checked()
    {
        var errors = Validate(Settings("label", "x"), credentials: new JsonObject { ["apiKey"] = new string('k', 16 * 1024) });

        Assert.Equal(["The credentials must be at most 16384 bytes of JSON."], errors["credentials"]);
        Assert.Empty(Validate(Settings("label", "x"), credentials: null));
    }

    [Fact]
    public void A_spec_without_settings_says_so()
    {
        var generic = ShippedSpecsDefinition("generic");

        Assert.Equal(["'x' is not a setting of generic; it has no settings."],
            ConnectorSettingsValidator.Validate(generic, new JsonObject { ["x"] = 1 }, "secret", null)["settings.x"]);
    }

    private static ConnectorDefinition ShippedSpecsDefinition(string type) => Sources.ShippedSpecs.Load(type);
}
