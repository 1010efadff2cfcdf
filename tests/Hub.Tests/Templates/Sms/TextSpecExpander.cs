using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Hub.Tests.Templates.Sms;

/// <summary>
/// Spells out the fixture's <c>textSpec</c>: terms joined by <c>+</c>, each <c>'c' x N</c> or <c>U+XXXX</c>, with an
/// optional remark in parentheses. Anything else fails, so that a new kind of spec cannot pass as an empty text.
/// </summary>
internal static partial class TextSpecExpander
{
    public static string Expand(string spec)
    {
        var text = new StringBuilder();
        foreach (var term in spec.Split(" + "))
        {
            var match = Term().Match(term);
            if (!match.Success)
            {
                throw new FormatException($"'{term}' in textSpec '{spec}' is neither 'c' x N nor U+XXXX.");
            }
            if (match.Groups["char"].Success)
            {
                text.Insert(text.Length, match.Groups["char"].Value, int.Parse(match.Groups["count"].Value, CultureInfo.InvariantCulture));
            }
            else
            {
                text.Append(char.ConvertFromUtf32(int.Parse(match.Groups["code"].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
            }
        }
        return text.ToString();
    }

    [GeneratedRegex(@"^\s*(?:'(?<char>[^']+)' x (?<count>\d+)|U\+(?<code>[0-9A-Fa-f]{4,6}))\s*(?:\([^)]*\))?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Term();
}
