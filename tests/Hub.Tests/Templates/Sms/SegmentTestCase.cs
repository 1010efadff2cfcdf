using System.Text.Json;

namespace Hub.Tests.Templates.Sms;

/// <summary>One case of <c>tests/fixtures/providers/sms-encoding/segment-test-cases.json</c>: a text (or a spec of one) and what it costs.</summary>
public sealed record SegmentTestCase(string? Text, string? TextSpec, string Encoding, int Units, int Segments)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<SegmentTestCase> All { get; } = Load();

    /// <summary>The text itself, spelt out from <see cref="TextSpec"/> when the fixture does not write it.</summary>
    public string Expand() => Text ?? TextSpecExpander.Expand(TextSpec!);

    public override string ToString() => Text ?? TextSpec!;

    private static SegmentTestCase[] Load()
    {
        var file = RepoPaths.ProviderFixture("sms-encoding", "segment-test-cases.json");
        using var document = JsonDocument.Parse(File.ReadAllText(file));
        return document.RootElement.GetProperty("cases").Deserialize<SegmentTestCase[]>(Json)!;
    }
}
