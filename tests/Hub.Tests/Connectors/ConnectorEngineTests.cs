using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Hub.Connectors;
using Hub.Tests.Connectors.Engine;

namespace Hub.Tests.Connectors;

/// <summary>The engine on a spec written for the test, exercising what Shopify's spec does not.</summary>
public sealed class ConnectorEngineTests : IDisposable
{
    private const string AcmeSpec = """
        type: acme
        name: Acme
        format: json
        content_types: [application/json, Application/Vnd.Acme+JSON]
        max_body_bytes: 65536
        verify:
          scheme: hmac-body
          header: X-Acme-Signature
          algorithm: sha512
          encoding: hex
          prefix: sha512=
        event_type: body.kind
        settings:
          greeting: { type: string, default: hello }
          defaultRegion: { type: region, default: "NO" }
        routes:
          thing.happened:
            emit: contact.updated
            subject: body.ref
            time: body.at
            data:
              thing:
                ref: body.ref | text
                greeting: settings.greeting
                connector: connector.id
                trace: header.X-Trace-Id
                traceByIndex: header["X-TRACE-ID"]
                literal: '"see header.X-Trace-Id"'
                nothing: { a: body.missing, b: body.missing.deeper }
                fixed: [1, '"two"', body.missing, 2.5]
                parts:
                  each: body.parts
                  as: part
                  map:
                    name: part.name
                    tags: { each: part.tags, as: tag, map: { value: tag, of: part.name } }
                phone: body.phone | phone settings.defaultRegion
          broken.list:
            emit: ticket.created
            data:
              items: { each: body.ref, map: item }
          broken.time:
            emit: ticket.created
            time: body.ref
        """;

    private const string Secret = "acme-secret";
    private readonly TempSpecDirectory _specs = new();

    public ConnectorEngineTests()
    {
        _specs.Write("acme.yaml", AcmeSpec);
        _specs.Write("internal.yaml", """
            type: internal
            name: Internal app
            verify: { scheme: none }
            event_type: header.X-Event-Type
            routes:
              ping:
                emit: contact.created
                subject: '"ping"'
            """);
    }

    public void Dispose() => _specs.Dispose();

    [Fact]
    public async Task A_failing_identity_expression_reads_as_none_while_receiving_and_fails_in_normalize()
    {
        _specs.Write("flaky.yaml", """
            type: flaky
            name: Flaky
            verify: { scheme: none }
            delivery_id: body.n % 0
            event_type: body.kind
            routes:
              ping: { emit: contact.created }
            """);
        var flaky = Catalog.Find("flaky")!;
        var request = new WebhookRequest("POST", "/webhooks/f", new Dictionary<string, string>(), """{"n": 1, "kind": "ping"}"""u8.ToArray(), DateTimeOffset.UtcNow);
        var body = flaky.ParseBody(request);

        Assert.Equal(new WebhookIdentity(null, "ping"), flaky.Identify(request, body));
        var ex = await Assert.ThrowsAsync<MappingException>(() => flaky.NormalizeAsync(request, body, new ConnectorContext("f", []), FakeEnrichmentClient.None, CancellationToken.None));
        Assert.Equal("delivery_id", ex.Field);
    }

    private ConnectorCatalog Catalog => ConnectorCatalog.LoadDirectory(_specs.Path);

    private static WebhookRequest Request(string json, Dictionary<string, string>? headers = null)
    {
        var body = Encoding.UTF8.GetBytes(json);
        var all = new Dictionary<string, string>(headers ?? [], StringComparer.OrdinalIgnoreCase)
        {
            ["X-ACME-SIGNATURE"] = "sha512=" + Convert.ToHexString(HMACSHA512.HashData(Encoding.UTF8.GetBytes(Secret), body)),
        };
        return new WebhookRequest("POST", "/webhooks/acme-1", all, body, new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));
    }

    private Task<NormalizationResult> NormalizeAsync(WebhookRequest request, JsonObject? settings = null) =>
        Catalog.Find("acme")!.NormalizeRequestAsync(request, new ConnectorContext("acme-1", settings ?? []));

    private const string Happened = """
        {"kind": "thing.happened", "ref": 12345678901234567890, "at": "2026-01-01T10:00:00+01:00", "phone": "22 22 55 55",
         "parts": [{"name": "a", "tags": ["x", "y"]}, {"name": "b"}]}
        """;

    [Fact]
    public void Spec_options_are_exposed()
    {
        var acme = Catalog.Find("acme")!;

        Assert.Equal(["application/json", "application/vnd.acme+json"], acme.ContentTypes);
        Assert.Equal(65536, acme.MaxBodyBytes);
        Assert.Equal(["greeting", "defaultRegion"], acme.Settings.Select(s => s.Name));
        Assert.Equal("hello", acme.Settings[0].Default!.GetValue<string>());
        Assert.Equal(2, Catalog.All.Count);
    }

    [Fact]
    public void Hex_signatures_with_a_prefix_verify()
    {
        var acme = Catalog.Find("acme")!;
        var request = Request(Happened);
        var lowerCase = request with
        {
            Headers = new Dictionary<string, string> { ["x-acme-signature"] = request.Headers["X-Acme-Signature"].ToLowerInvariant() },
        };
        var unprefixed = request with
        {
            Headers = new Dictionary<string, string> { ["X-Acme-Signature"] = request.Headers["X-Acme-Signature"]["sha512=".Length..] },
        };

        Assert.True(acme.VerifySignature(request, [Secret], DateTimeOffset.UtcNow, []));
        Assert.True(acme.VerifySignature(lowerCase, [Secret], DateTimeOffset.UtcNow, []));
        Assert.False(acme.VerifySignature(unprefixed, [Secret], DateTimeOffset.UtcNow, []));
    }

    [Fact]
    public void The_none_scheme_accepts_anything()
    {
        var request = new WebhookRequest("POST", "/webhooks/i", new Dictionary<string, string>(), "{}"u8.ToArray(), DateTimeOffset.UtcNow);

        Assert.True(Catalog.Find("internal")!.VerifySignature(request, [], DateTimeOffset.UtcNow, []));
    }

    [Fact]
    public async Task Mapping_handles_lists_nesting_nulls_settings_headers_and_the_connector()
    {
        var request = Request(Happened, new() { ["x-trace-id"] = "trace-7" });

        var e = Assert.Single((await NormalizeAsync(request)).Events);

        Assert.Equal("12345678901234567890", e.Subject);
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 9, 0, 0, TimeSpan.Zero), e.Time);
        Assert.Equal("/connectors/acme-1", e.Source);
        var expected = JsonNode.Parse("""
            {"thing": {"ref": "12345678901234567890", "greeting": "hello", "connector": "acme-1", "trace": "trace-7",
              "traceByIndex": "trace-7", "literal": "see header.X-Trace-Id",
              "fixed": [1, "two", 2.5],
              "parts": [{"name": "a", "tags": [{"value": "x", "of": "a"}, {"value": "y", "of": "a"}]}, {"name": "b"}],
              "phone": "+4722225555"}}
            """);
        Assert.True(JsonNode.DeepEquals(expected, e.Data), e.Data.ToJsonString());
    }

    [Fact]
    public async Task Instance_settings_override_spec_defaults()
    {
        var settings = new JsonObject { ["greeting"] = "hei", ["defaultRegion"] = "SE" };

        var data = (await NormalizeAsync(Request(Happened), settings)).Events[0].Data["thing"]!;

        Assert.Equal("hei", data["greeting"]!.GetValue<string>());
        Assert.Equal("+4622225555", data["phone"]!.GetValue<string>());
    }

    [Fact]
    public async Task Without_a_delivery_id_event_ids_come_from_the_body()
    {
        var first = (await NormalizeAsync(Request(Happened))).Events[0].Id;
        var again = (await NormalizeAsync(Request(Happened))).Events[0].Id;
        var other = (await NormalizeAsync(Request(Happened.Replace("\"a\"", "\"c\"", StringComparison.Ordinal)))).Events[0].Id;

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public async Task Mapping_failures_name_the_route_and_field()
    {
        var ex = await Assert.ThrowsAsync<MappingException>(() => NormalizeAsync(Request("""{"kind": "broken.list", "ref": "abc"}""")));

        Assert.StartsWith("route broken.list, field data.items.each: ", ex.Message, StringComparison.Ordinal);
        Assert.Equal(("broken.list", "data.items.each"), (ex.Route, ex.Field));
    }

    [Fact]
    public async Task A_time_that_is_not_a_time_is_a_mapping_failure()
    {
        var ex = await Assert.ThrowsAsync<MappingException>(() => NormalizeAsync(Request("""{"kind": "broken.time", "ref": "yesterday-ish"}""")));

        Assert.StartsWith("route broken.time, field time: ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_without_an_event_type_is_ignored_with_a_reason()
    {
        var result = await NormalizeAsync(Request("""{"ref": 1}"""));

        Assert.Empty(result.Events);
        Assert.Contains("no event type", result.IgnoredReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Header_event_types_are_read_case_insensitively()
    {
        var internalApp = Catalog.Find("INTERNAL")!;
        var request = new WebhookRequest("POST", "/webhooks/i", new Dictionary<string, string> { ["x-EVENT-type"] = "ping" }, "[]"u8.ToArray(), DateTimeOffset.UtcNow);

        var result = await internalApp.NormalizeRequestAsync(request, new ConnectorContext("i", []));

        Assert.Equal("contact.created", Assert.Single(result.Events).Type);
        Assert.Equal("ping", result.Events[0].Subject);
    }
}
