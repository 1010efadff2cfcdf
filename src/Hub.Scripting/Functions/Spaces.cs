namespace Hub.Scripting.Functions;

/// <summary>
/// Cultures group digits and separate symbols with no-break spaces (U+00A0, U+202F). Neither is in the GSM 7-bit
/// alphabet, so one of them in an SMS switches the whole message to UCS-2 and halves what a segment holds.
/// </summary>
internal static class Spaces
{
    public static string Plain(string text) => text.Replace('\u00A0', ' ').Replace('\u202F', ' ');
}
