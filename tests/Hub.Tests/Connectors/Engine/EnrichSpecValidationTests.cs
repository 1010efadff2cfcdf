using Hub.Connectors;

namespace Hub.Tests.Connectors.Engine;

/// <summary>Errors for enrich, auth, credentials and URL settings, each at its line and field.</summary>
public sealed class EnrichSpecValidationTests : IDisposable
{
    private const string Head = """
        type: t
        name: T
        verify: { scheme: none }
        event_type: body.type
        settings:
          apiBase: { type: url, default: "https://api.example.com" }
        credentials:
          token: { required: true }

        """;

    private const string Routes = """

        routes:
          thing.happened:
            emit: contact.updated
            data: { name: enriched.thing.name }
        """;

    private readonly TempSpecDirectory _specs = new();

    public void Dispose() => _specs.Dispose();

    private SpecError Error(string enrich, string routes = Routes) => SpecErrors.Single(_specs, "t", Head + "enrich:\n" + enrich + routes);

    [Theory]
    [InlineData("  thing: { get: \"ftp://api.example.com/things\" }", "a lookup URL starts with https://")]
    [InlineData("  thing: { get: \"https://{{ body.shop }}.example.com/things\" }", "write the host out in full")]
    [InlineData("  thing: { get: \"{{ settings.apiBase }}{{ body.path }}\" }", "after a leading {{ }} base URL comes a literal path")]
    [InlineData("  thing: { get: \"{{ body.url }}/things\" }", "unknown name 'body' in 'body.url'; available here: settings, connector (the start of a URL")]
    [InlineData("  thing: { get: \"{{ settings.apiBase }}/t?token={{ credentials.token }}\" }", "credentials are readable only under enrich.*.auth")]
    [InlineData("  thing: { get: \"{{ settings.apiBse }}/things\" }", "settings.apiBse is not declared under settings:")]
    [InlineData("  thing: { get: \"{{ settings.apiBase }}/things/{{ body.id \" }", "has no closing '}}'")]
    public void Lookup_urls_are_checked(string enrich, string message) =>
        Error(enrich).Is(10, "enrich.thing.get", message);

    [Theory]
    [InlineData("  thing:\n    auth: { bearer: credentials.token }", 10, "enrich.thing.get", "is required")]
    [InlineData("  my-thing: { get: \"https://a.example.com/\" }", 10, "enrich.my-thing", "a lookup name must be a plain identifier")]
    [InlineData("  thing: \"https://a.example.com/\"", 10, "enrich.thing", "expected a mapping (when:, get:, auth:, headers:)")]
    [InlineData("  thing: { get: \"https://a.example.com/\", method: POST }", 10, "enrich.thing.method", "unknown key")]
    [InlineData("  thing: { get: \"https://a.example.com/\", when: item.kind == 1 }", 10, "enrich.thing.when", "item exists only when the spec declares batch:")]
    [InlineData("  thing: { get: \"https://a.example.com/\", headers: { Bad Header: x } }", 10, "enrich.thing.headers.Bad Header", "is not a header name")]
    public void Lookup_errors(string enrich, int line, string field, string message) =>
        Error(enrich, "\nroutes: {}").Is(line, field, message);

    [Theory]
    [InlineData("auth: { bearer: credentials.token, basic: { username: credentials.token, password: credentials.token } }", 12, "enrich.thing.auth", "give exactly one of: bearer, basic, header")]
    [InlineData("auth: { basic: { username: credentials.token } }", 12, "enrich.thing.auth.basic.password", "is required")]
    [InlineData("auth: { bearer: credentials.tokn }", 12, "enrich.thing.auth.bearer", "credentials.tokn is not declared under credentials:")]
    [InlineData("auth: { header: {} }", 12, "enrich.thing.auth.header", "name at least one header")]
    [InlineData("auth: { oauth: credentials.token }", 12, "enrich.thing.auth.oauth", "unknown key; expected one of: basic, bearer, header")]
    [InlineData("auth: {}", 12, "enrich.thing.auth", "give exactly one of")]
    public void Auth_errors(string auth, int line, string field, string message) =>
        Error($"  thing:\n    get: \"https://a.example.com/\"\n    {auth}").Is(line, field, message);

    [Fact]
    public void The_mapping_cannot_read_credentials()
    {
        var error = SpecErrors.Single(_specs, "t", Head + """
            routes:
              thing.happened:
                emit: contact.updated
                data: { token: credentials.token }
            """);

        error.Is(12, "routes.thing.happened.data.token", "unknown name 'credentials'");
        Assert.Contains("so that no secret can reach an event", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Enriched_names_a_declared_lookup_and_a_lookup_sees_only_earlier_ones()
    {
        Error("  thing: { get: \"https://a.example.com/\" }", Routes.Replace("enriched.thing.name", "enriched.thng.name", StringComparison.Ordinal))
            .Is(14, "routes.thing.happened.data.name", "enriched.thng names no lookup available here; available: thing");
        Error("""
              first: { get: "https://a.example.com/{{ enriched.second.id }}" }
              second: { get: "https://a.example.com/" }
            """, "\nroutes: {}").Is(10, "enrich.first.get", "available: none (a lookup sees only those declared before it)");
    }

    [Theory]
    [InlineData("credentials:\n  api-key: {}", 5, "credentials.api-key", "a credential name must be a plain identifier")]
    [InlineData("credentials:\n  apiKey: secret", 5, "credentials.apiKey", "expected a mapping (required:, help:)")]
    [InlineData("credentials:\n  apiKey: { secret: true }", 5, "credentials.apiKey.secret", "unknown key")]
    [InlineData("settings:\n  apiBase: { type: url, default: api.example.com }", 5, "settings.apiBase.default", "'api.example.com' is not a valid url")]
    public void Credential_and_setting_declarations_are_checked(string yaml, int line, string field, string message)
    {
        SpecErrors.Single(_specs, "t", "type: t\nname: T\nverify: { scheme: none }\nevent_type: body.type\n" + yaml + "\nroutes: {}")
            .Is(line + 1, field, message);
    }
}
