using System.Text;

namespace Hub.Scripting.Functions;

/// <summary>
/// <c>order.url | track "sms" "order-confirmation"</c>: the link with <c>utm_source</c>, <c>utm_medium</c> and
/// <c>utm_campaign</c> added, escaped, before any fragment. Parameters the link already has are kept: a shop that tags
/// its own links knows its analytics better than a template does.
/// </summary>
internal static class TrackFunction
{
    public const string DefaultSource = "hub";

    /// <returns>The link unchanged when it is not an absolute http(s) URL; null when there is no link.</returns>
    public static string? Track(object? url, string medium, string campaign, string? source = null)
    {
        var text = HubFunctions.Text(url)?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return text;
        }
        var hash = text.IndexOf('#', StringComparison.Ordinal);
        var (head, fragment) = hash < 0 ? (text, "") : (text[..hash], text[hash..]);
        var query = new StringBuilder(head);
        var separator = head.Contains('?', StringComparison.Ordinal) ? (head.EndsWith('?') || head.EndsWith('&') ? "" : "&") : "?";
        foreach (var (name, value) in new[] { ("utm_source", source ?? DefaultSource), ("utm_medium", medium), ("utm_campaign", campaign) })
        {
            if (string.IsNullOrWhiteSpace(value) || HasParameter(uri.Query, name))
            {
                continue;
            }
            query.Append(separator).Append(name).Append('=').Append(Uri.EscapeDataString(value.Trim()));
            separator = "&";
        }
        return query.Append(fragment).ToString();
    }

    private static bool HasParameter(string query, string name) =>
        query.TrimStart('?').Split('&').Any(p => p.Split('=')[0].Equals(name, StringComparison.OrdinalIgnoreCase));
}
