using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Connectors.Golden;

/// <summary>
/// One reviewed case under <c>tests/golden/connectors/{type}/</c> (the files <c>GoldenConnectorTests</c> in Hub.Tests
/// runs in-process), read as a vendor's delivery: its body, headers, content type and instance configuration, and
/// the canonical events (or the ignored reason) it must become.
/// </summary>
public sealed record GoldenEndpointCase(string Name, string ConnectorType, JsonObject Document)
{
    /// <summary>The receive time the golden outputs were generated with; event times without a source time fall back to it.</summary>
    public static readonly DateTimeOffset ReceivedAt = DateTimeOffset.Parse("2026-01-01T00:00:00Z", CultureInfo.InvariantCulture);

    public static string Directory { get; } = Path.Combine(RepoPaths.Root, "tests", "golden", "connectors");

    /// <summary>Every case, as its path relative to <see cref="Directory"/>, in a stable order.</summary>
    public static IReadOnlyList<string> Names() =>
        [.. System.IO.Directory.EnumerateFiles(Directory, "*.json", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Directory, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];

    public static GoldenEndpointCase Load(string name) => new(
        name,
        name.Split('/')[0],
        JsonNode.Parse(File.ReadAllText(Path.Combine(Directory, name)))!.AsObject());

    private JsonObject Request => Document["request"]!.AsObject();

    private JsonObject Expected => Document["expected"]?.AsObject()
        ?? throw new InvalidOperationException($"{Name} has no 'expected' yet; run HUB_UPDATE_GOLDEN=1 dotnet test tests/Hub.Tests --filter Golden.");

    public byte[] Body() => (string?)Request["fixture"] is { } fixture
        ? File.ReadAllBytes(RepoPaths.Fixture("webhooks/" + fixture))
        : Encoding.UTF8.GetBytes((string?)Request["body"] ?? "");

    public string ContentType => (string?)Request["contentType"] ?? "application/json";

    /// <summary>The headers the vendor sends besides its signature, exactly as the case gives them.</summary>
    public IEnumerable<KeyValuePair<string, string>> Headers =>
        (Request["headers"]?.AsObject() ?? []).Select(h => KeyValuePair.Create(h.Key, (string)h.Value!));

    public JsonObject Settings => Request["settings"]?.AsObject() ?? [];

    public JsonObject Credentials => Request["credentials"]?.AsObject() ?? [];

    /// <summary>The source API's recorded answers by exact URL, for the spec's <c>enrich:</c> lookups.</summary>
    public JsonObject Enrichment => Request["enrichment"]?.AsObject() ?? [];

    public IReadOnlyList<JsonObject> ExpectedEvents => [.. (Expected["events"]?.AsArray() ?? []).Select(e => e!.AsObject())];

    public string? ExpectedIgnoredReason => (string?)Expected["ignored"];

    public override string ToString() => Name;
}
