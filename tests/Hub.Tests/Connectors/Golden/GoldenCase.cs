using System.Text;
using System.Text.Json.Nodes;
using Hub.Connectors;

namespace Hub.Tests.Connectors.Golden;

/// <summary>
/// One file under <c>tests/golden/connectors/{type}/</c>: a request built from a vendor fixture, and the canonical
/// events (or the ignored reason) it must normalize to.
/// </summary>
internal sealed record GoldenCase(string Path, string ConnectorType, JsonObject Document)
{
    public static readonly DateTimeOffset ReceivedAt = DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

    public static GoldenCase Load(string path) => new(
        path,
        System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(path))!,
        JsonNode.Parse(File.ReadAllText(path))!.AsObject());

    private JsonObject Request => Document["request"]!.AsObject();

    /// <summary>The fixture file (relative to <c>tests/fixtures/webhooks</c>), when the body comes from one.</summary>
    public string? Fixture => (string?)Request["fixture"];

    public JsonObject Settings => Request["settings"]?.AsObject() ?? [];

    public JsonObject Credentials => Request["credentials"]?.AsObject() ?? [];

    /// <summary>Responses of the source's API by exact URL, for <c>enrich:</c> lookups.</summary>
    public JsonObject Enrichment => Request["enrichment"]?.AsObject() ?? [];

    public WebhookRequest ToWebhookRequest()
    {
        var body = Fixture is { } fixture
            ? File.ReadAllBytes(RepoPaths.Fixture(fixture.Split('/')[0], string.Join('/', fixture.Split('/').Skip(1))))
            : Encoding.UTF8.GetBytes((string?)Request["body"] ?? "");
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["Content-Type"] = (string?)Request["contentType"] ?? "application/json",
        };
        foreach (var (name, value) in Request["headers"]?.AsObject() ?? [])
        {
            headers[name] = (string)value!;
        }
        return new WebhookRequest("POST", $"/webhooks/golden-{ConnectorType}", headers, body, ReceivedAt);
    }
}
