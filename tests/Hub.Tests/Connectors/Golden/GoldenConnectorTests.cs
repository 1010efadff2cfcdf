using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.Connectors;
using Hub.Events;

namespace Hub.Tests.Connectors.Golden;

/// <summary>
/// Every vendor fixture, through the real spec in <c>connectors/</c>, gives schema-valid canonical events equal to the
/// golden output checked in under <c>tests/golden/connectors/</c>. After a deliberate mapping change, regenerate with
/// <c>HUB_UPDATE_GOLDEN=1 dotnet test tests/Hub.Tests --filter Golden</c> and review the diff.
/// </summary>
public sealed class GoldenConnectorTests
{
    private static readonly string GoldenDirectory = Path.Combine(RepoPaths.Root, "tests", "golden", "connectors");
    private static readonly Lazy<ConnectorCatalog> Catalog = new(() => ConnectorCatalog.LoadDirectory(RepoPaths.ConnectorsDirectory));
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static TheoryData<string> Cases() => [.. CasePaths()];

    private static IEnumerable<string> CasePaths() =>
        Directory.EnumerateFiles(GoldenDirectory, "*.json", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => Path.GetRelativePath(GoldenDirectory, path));

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Fixture_normalizes_to_its_golden_canonical_events(string relativePath)
    {
        var golden = GoldenCase.Load(Path.Combine(GoldenDirectory, relativePath));
        var definition = Catalog.Value.Find(golden.ConnectorType)
            ?? throw new InvalidOperationException($"No connector spec for type '{golden.ConnectorType}'.");
        var request = golden.ToWebhookRequest();
        var body = definition.ParseBody(request);
        var result = await definition.NormalizeAsync(request, body,
            new ConnectorContext($"golden-{golden.ConnectorType}", golden.Settings, golden.Credentials),
            new FakeEnrichmentClient(golden.Enrichment), CancellationToken.None);

        foreach (var canonical in result.Events)
        {
            var errors = EventCatalog.Default.Validate(canonical.Type, canonical.Data);
            Assert.True(errors.Count == 0, $"{canonical.Type} from {relativePath} breaks its schema:\n{string.Join("\n", errors)}");
        }

        var actual = new JsonObject
        {
            ["events"] = new JsonArray([.. result.Events.Select(e => (JsonNode)e.ToCloudEventJson())]),
            ["ignored"] = result.IgnoredReason,
        };
        if (Environment.GetEnvironmentVariable("HUB_UPDATE_GOLDEN") == "1")
        {
            golden.Document["expected"] = actual;
            await File.WriteAllTextAsync(golden.Path, golden.Document.ToJsonString(Indented) + "\n");
            return;
        }
        var expected = golden.Document["expected"] ?? throw new InvalidOperationException($"{relativePath} has no 'expected' yet; run with HUB_UPDATE_GOLDEN=1.");
        Assert.True(JsonNode.DeepEquals(expected, actual),
            $"{relativePath}: the normalized output differs from the golden file.\nexpected: {expected.ToJsonString(Indented)}\nactual:   {actual.ToJsonString(Indented)}");
    }

    /// <summary>Every payload fixture of a system that has a connector spec is covered by a golden case.</summary>
    [Fact]
    public void Every_fixture_of_every_connector_has_a_golden_case()
    {
        var covered = CasePaths().Select(c => GoldenCase.Load(Path.Combine(GoldenDirectory, c)).Fixture)
            .OfType<string>().ToHashSet(StringComparer.Ordinal);
        var fixtures = Path.Combine(RepoPaths.Root, "tests", "fixtures", "webhooks");
        var missing = Catalog.Value.All
            .Select(c => Path.Combine(fixtures, c.Type))
            .Where(Directory.Exists)
            .SelectMany(dir => Directory.EnumerateFiles(dir))
            .Where(f => !Path.GetFileName(f).StartsWith("signature-vectors", StringComparison.Ordinal)
                && !Path.GetFileName(f).StartsWith("ack-response", StringComparison.Ordinal)
                && !Path.GetFileName(f).StartsWith("openapi-fixture", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(fixtures, f).Replace('\\', '/'))
            .Where(f => !covered.Contains(f))
            .ToList();
        Assert.True(missing.Count == 0, $"Fixtures without a golden case: {string.Join(", ", missing)}");
    }
}
