using System.Net;
using System.Text.RegularExpressions;

namespace Hub.Templates.Internals;

/// <summary>
/// The plain-text part of an email whose template writes only HTML: paragraphs and line breaks kept, links as
/// "label (url)", list items as "- ", everything else's tags dropped and entities decoded.
/// </summary>
internal static partial class HtmlText
{
    public static string ToPlain(string html)
    {
        // Line breaks in HTML source are spaces; only the markup says where lines end.
        var text = Spaces().Replace(Invisible().Replace(html, ""), " ");
        text = Link().Replace(text, m =>
        {
            var label = Tag().Replace(m.Groups["label"].Value, "").Trim();
            var url = WebUtility.HtmlDecode(m.Groups["url"].Value);
            return label.Length == 0 || label == url ? url : $"{label} ({url})";
        });
        text = LineBreak().Replace(text, "\n");
        text = ListItem().Replace(text, "\n- ");
        text = BlockEnd().Replace(text, "\n\n");
        text = WebUtility.HtmlDecode(Tag().Replace(text, "")).Replace('\u00A0', ' ');
        var lines = text.Split('\n').Select(l => l.Trim());
        return BlankLines().Replace(string.Join('\n', lines), "\n\n").Trim();
    }

    [GeneratedRegex(@"<(head|style|script|title)\b[^>]*>.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Invisible();

    [GeneratedRegex("""<a\b[^>]*?href\s*=\s*["'](?<url>[^"']*)["'][^>]*>(?<label>.*?)</a\s*>""", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Link();

    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"<li\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListItem();

    [GeneratedRegex(@"</(p|div|h[1-6]|ul|ol|table|tr|header|footer|section)\s*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BlockEnd();

    [GeneratedRegex(@"<[^>]+>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\n{3,}", RegexOptions.CultureInvariant)]
    private static partial Regex BlankLines();
}
