using Hub.Connectors;

namespace Hub.Tests.Connectors;

public sealed class ConnectorSpecValidationTests : IDisposable
{
    private readonly TempSpecDirectory _specs = new();

    public void Dispose() => _specs.Dispose();

    private SpecError SingleError(string fileName, string yaml)
    {
        var file = _specs.Write(fileName, yaml);
        var errors = ConnectorCatalog.Validate(_specs.Path);
        var error = Assert.Single(errors);
        Assert.Equal(file, error.File);
        return error;
    }

    [Fact]
    public void Bad_yaml_is_reported_at_its_line()
    {
        var error = SingleError("broken.yaml", """
            type: broken
            name: Broken
            verify: { scheme: none }
              event_type: body.type
            routes: {}
            """);

        Assert.Equal(4, error.Line);
        Assert.Equal("(yaml)", error.Field);
    }

    [Fact]
    public void An_unknown_scheme_is_reported_with_the_known_ones()
    {
        var error = SingleError("odd.yaml", """
            type: odd
            name: Odd
            verify:
              scheme: carrier-pigeon
            event_type: body.type
            routes:
              thing.happened:
                emit: contact.updated
            """);

        Assert.Equal((4, "verify.scheme"), (error.Line, error.Field));
        Assert.Contains("carrier-pigeon", error.Message, StringComparison.Ordinal);
        Assert.Contains("hmac-body", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_expression_syntax_error_is_reported_at_its_line_and_field()
    {
        var error = SingleError("typo.yaml", """
            type: typo
            name: Typo
            verify: { scheme: none }
            event_type: body.type
            routes:
              order.placed:
                emit: order.created
                subject: body.id | text
                data:
                  order:
                    total: body.total |
            """);

        Assert.Equal((11, "routes.order.placed.data.order.total"), (error.Line, error.Field));
        Assert.Contains("syntax error", error.Message, StringComparison.Ordinal);
        Assert.Equal($"{error.File}(11): routes.order.placed.data.order.total: {error.Message}", error.ToString());
    }

    [Fact]
    public void A_route_without_emit_is_reported_at_the_route()
    {
        var error = SingleError("noemit.yaml", """
            type: noemit
            name: No emit
            verify: { scheme: none }
            event_type: body.type
            routes:
              order.placed:
                subject: body.id | text
            """);

        Assert.Equal((6, "routes.order.placed.emit"), (error.Line, error.Field));
        Assert.Contains("required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_keys_are_reported_rather_than_ignored()
    {
        var error = SingleError("keys.yaml", """
            type: keys
            name: Keys
            verify: { scheme: none }
            event_type: body.type
            routes:
              order.placed:
                emit: order.created
                subjct: body.id
            """);

        Assert.Equal((8, "routes.order.placed.subjct"), (error.Line, error.Field));
        Assert.Contains("subject", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_variable_is_an_error_not_a_silent_null()
    {
        var error = SingleError("names.yaml", """
            type: names
            name: Names
            verify: { scheme: none }
            event_type: body.type
            routes:
              order.placed:
                emit: order.created
                data:
                  order:
                    id: bdy.id | text
            """);

        Assert.Equal((10, "routes.order.placed.data.order.id"), (error.Line, error.Field));
        Assert.Contains("unknown name 'bdy'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_yaml_quoted_literal_gets_a_hint()
    {
        var error = SingleError("quoted.yaml", """
            type: quoted
            name: Quoted
            verify: { scheme: none }
            event_type: body.type
            routes:
              order.placed:
                emit: order.created
                data:
                  order:
                    status: "cancelled"
            """);

        Assert.Equal(10, error.Line);
        Assert.Contains("'\"cancelled\"'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Settings_read_by_expressions_must_be_declared()
    {
        var error = SingleError("settings.yaml", """
            type: settings
            name: Settings
            verify: { scheme: none }
            event_type: body.type
            settings:
              defaultRegion: { type: region }
            routes:
              order.placed:
                emit: order.created
                data:
                  contact:
                    phone: body.phone | phone settings.defaultRegon
            """);

        Assert.Equal((12, "routes.order.placed.data.contact.phone"), (error.Line, error.Field));
        Assert.Contains("settings.defaultRegon", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Identity_expressions_cannot_read_settings()
    {
        var error = SingleError("identity.yaml", """
            type: identity
            name: Identity
            verify: { scheme: none }
            event_type: settings.topic
            routes: {}
            """);

        Assert.Equal((4, "event_type"), (error.Line, error.Field));
    }

    [Fact]
    public void The_type_must_match_the_file_name()
    {
        var error = SingleError("shop.yaml", """
            type: shopify
            name: Shop
            verify: { scheme: none }
            event_type: body.type
            routes: {}
            """);

        Assert.Equal((1, "type"), (error.Line, error.Field));
    }

    [Fact]
    public void Missing_top_level_fields_are_each_reported()
    {
        _specs.Write("empty-ish.yaml", "type: empty-ish\n");

        var errors = ConnectorCatalog.Validate(_specs.Path);

        Assert.Equal(["event_type", "name", "routes", "verify"], errors.Select(e => e.Field).Order(StringComparer.Ordinal));
        Assert.All(errors, e => Assert.Equal(1, e.Line));
    }

    [Fact]
    public void Hmac_parameters_are_checked()
    {
        _specs.Write("hmac.yaml", """
            type: hmac
            name: Hmac
            verify:
              scheme: hmac-body
              algorithm: md5
              encoding: base64
              secret_header: X
            event_type: body.type
            routes: {}
            """);

        var errors = ConnectorCatalog.Validate(_specs.Path);

        Assert.Equal([(3, "verify.header"), (5, "verify.algorithm"), (7, "verify.secret_header")],
            errors.Select(e => (e.Line, e.Field)).Order());
    }

    [Fact]
    public void Loading_throws_with_every_error_of_every_file()
    {
        _specs.Write("first.yaml", """
            type: first
            name: First
            verify: { scheme: nope }
            event_type: body.type
            routes:
              a.b:
                subject: body.id
            """);
        _specs.Write("second.yaml", "type: second\nname: [\n");

        var ex = Assert.Throws<ConnectorSpecException>(() => ConnectorCatalog.LoadDirectory(_specs.Path));

        Assert.Equal(3, ex.Errors.Count);
        Assert.Equal(2, ex.Errors.Count(e => e.File.EndsWith("first.yaml", StringComparison.Ordinal)));
        Assert.All(ex.Errors, e => Assert.Contains(e.ToString(), ex.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_directory_is_an_error()
    {
        var missing = Path.Combine(_specs.Path, "nope");

        Assert.Equal(missing, Assert.Single(ConnectorCatalog.Validate(missing)).File);
    }
}
