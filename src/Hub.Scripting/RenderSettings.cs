using System.Globalization;

namespace Hub.Scripting;

/// <summary>
/// Who a template is rendered for: the recipient's culture and time zone (read by <c>money</c>, <c>local</c> and
/// <c>first_name</c>), and whether values are written into HTML and must be escaped.
/// </summary>
public sealed record RenderSettings
{
    public CultureInfo Culture { get; init; } = CultureInfo.InvariantCulture;

    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;

    /// <summary>Every value written by <c>{{ }}</c> is HTML-escaped unless it comes from <c>raw</c> or <c>html.escape</c>.</summary>
    public bool EscapeHtml { get; init; }

    public static RenderSettings Default { get; } = new();
}
