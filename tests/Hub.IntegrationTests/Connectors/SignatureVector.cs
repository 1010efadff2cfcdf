using System.Text.Json.Nodes;

namespace Hub.IntegrationTests.Connectors;

/// <summary>One published, byte-exact signature example from <c>tests/fixtures/webhooks/*/signature-vectors.json</c>.</summary>
public sealed record SignatureVector(string System, int Index, JsonObject Json)
{
    public string Name => (string)Json["name"]!;
    public string Secret => (string)Json["secret"]!;
    public bool Valid => ((string?)Json["expected_result"] ?? "valid") == "valid";
    public byte[] Body => Convert.FromBase64String((string)Json["body_base64"]!);
    public string Method => (string?)Json["method"] ?? "POST";
    public string? Url => (string?)Json["url"] ?? (string?)Json["notification_url"];

    /// <summary>The vector's "now" as Unix seconds (HubSpot v3 counts in milliseconds).</summary>
    public long? Now
    {
        get
        {
            var value = (long?)Json["test_now"] ?? (long?)Json["timestamp"];
            return value is { } v && ((string?)Json["timestamp_unit"] ?? "").StartsWith("milli", StringComparison.Ordinal) ? v / 1000 : value;
        }
    }

    public int ToleranceSeconds => (int?)Json["tolerance_seconds"] ?? 300;

    public IEnumerable<KeyValuePair<string, string>> Headers =>
        Json["headers"]!.AsObject().Select(h => KeyValuePair.Create(h.Key, (string)h.Value!));

    public static IEnumerable<SignatureVector> Load(string system)
    {
        var file = JsonNode.Parse(File.ReadAllText(Infrastructure.RepoPaths.Fixture($"webhooks/{system}/signature-vectors.json")))!;
        return file["vectors"]!.AsArray().Select((v, i) => new SignatureVector(system, i, v!.AsObject()));
    }

    public override string ToString() => $"{System} #{Index}: {Name}";
}
