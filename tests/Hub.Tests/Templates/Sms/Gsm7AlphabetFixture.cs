using System.Globalization;
using System.Text.Json;

namespace Hub.Tests.Templates.Sms;

/// <summary>The characters of <c>tests/fixtures/providers/sms-encoding/gsm7-alphabet.json</c>, by table.</summary>
internal static class Gsm7AlphabetFixture
{
    private static readonly JsonElement Root = Load();

    /// <summary>Septet code → character of the basic table.</summary>
    public static IReadOnlyDictionary<int, char> Basic { get; } = Table("basic");

    /// <summary>ESC + code (<c>0x1B65</c>) → character of the extension table.</summary>
    public static IReadOnlyDictionary<int, char> Extension { get; } = Table("extension");

    public static IReadOnlyList<string> ExtensionChars { get; } =
        [.. Root.GetProperty("extensionChars").EnumerateArray().Select(c => c.GetString()!)];

    private static Dictionary<int, char> Table(string name) =>
        Root.GetProperty(name).EnumerateObject().ToDictionary(
            entry => int.Parse(entry.Name[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture),
            entry => (char)int.Parse(entry.Value.GetString()![2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture));

    private static JsonElement Load()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(RepoPaths.ProviderFixture("sms-encoding", "gsm7-alphabet.json")));
        return document.RootElement.Clone();
    }
}
