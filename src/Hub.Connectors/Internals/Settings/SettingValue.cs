using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using PhoneNumbers;

namespace Hub.Connectors.Internals.Settings;

/// <summary>Whether a connector instance's setting value is of the type its spec declares (<see cref="ConnectorSetting.Type"/>).</summary>
internal static class SettingValue
{
    private static readonly HashSet<string> Regions = PhoneNumberUtil.GetInstance().GetSupportedRegions();

    /// <summary>Null, empty or blank text: the spec's default applies, as for a setting left out.</summary>
    public static bool IsUnset(JsonNode? value) =>
        value is null || (value.GetValueKind() == JsonValueKind.String && string.IsNullOrWhiteSpace(value.GetValue<string>()));

    /// <summary>What is wrong with <paramref name="value"/> as a <paramref name="type"/>; null when it is fine.</summary>
    public static string? Problem(string type, JsonNode value)
    {
        var kind = value.GetValueKind();
        var text = kind == JsonValueKind.String ? value.GetValue<string>() : null;
        return type switch
        {
            // Through the JSON text: a value built in code (50 as an int) does not convert to long with TryGetValue.
            "integer" => kind == JsonValueKind.Number && long.TryParse(value.ToJsonString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)
                ? null
                : "Expected a whole number.",
            "boolean" => kind is JsonValueKind.True or JsonValueKind.False ? null : "Expected true or false.",
            _ when text is null => $"Expected text (a {type}).",
            "region" => Region(text),
            "url" => Url(text),
            "timezone" => TimeZone(text),
            "locale" => Locale(text),
            _ => null,
        };
    }

    private static string? Region(string text) =>
        Regions.Contains(text) ? null
        : Regions.Contains(text.ToUpperInvariant()) ? $"'{text}' must be written in upper case: '{text.ToUpperInvariant()}'."
        : $"'{text}' is not an ISO 3166-1 alpha-2 region with a phone numbering plan (US, DE, NO, ...).";

    private static string? Url(string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http") || url.Host.Length == 0)
        {
            return $"'{text}' is not an absolute http or https URL.";
        }
        // A user name or password in a URL ends up in logs and error messages; credentials go in credentials.
        return url.UserInfo.Length > 0 ? "A URL must not carry a user name or password." : null;
    }

    private static string? TimeZone(string text) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(text, out var zone) && zone.HasIanaId
            ? null
            : $"'{text}' is not an IANA time zone (Europe/Oslo, America/New_York, UTC).";

    private static string? Locale(string text)
    {
        try
        {
            // predefinedOnly: a made-up tag would otherwise be accepted as a custom culture.
            return CultureInfo.GetCultureInfo(text, predefinedOnly: true).Name.Length > 0 ? null : Invalid();
        }
        catch (CultureNotFoundException)
        {
            return Invalid();
        }

        string Invalid() => $"'{text}' is not a BCP 47 locale (nb-NO, en-US, de).";
    }
}
