using System.Globalization;
using Scriban;

namespace Hub.Scripting.Functions;

/// <summary>
/// <c>appointment.start | local "d MMM HH:mm"</c>: an instant on the recipient's clock (daylight saving included), with
/// month and day names in the recipient's language. Formats are .NET's (<c>d MMM HH:mm</c>, or <c>f</c>, <c>t</c>).
/// </summary>
internal static class LocalTimeFunction
{
    private const string DefaultFormat = "g";

    /// <param name="zone">An IANA zone that overrides the recipient's, e.g. <c>appointment.timeZone</c>.</param>
    public static string? Local(TemplateContext context, object? time, string? format = null, string? zone = null)
    {
        if (Instant(time) is not { } instant)
        {
            return null;
        }
        var settings = RecipientOf.Settings(context);
        var timeZone = TimeZones.Find(zone) ?? settings.TimeZone;
        var local = TimeZoneInfo.ConvertTime(instant, timeZone);
        return Spaces.Plain(local.ToString(string.IsNullOrWhiteSpace(format) ? DefaultFormat : format, settings.Culture));
    }

    /// <summary>Times in events are ISO 8601 with an offset; one without is taken as UTC, as the canonical events promise.</summary>
    private static DateTimeOffset? Instant(object? time) => time switch
    {
        DateTimeOffset t => t,
        DateTime t => new DateTimeOffset(DateTime.SpecifyKind(t, t.Kind == DateTimeKind.Unspecified ? DateTimeKind.Utc : t.Kind)),
        string s when DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) => t,
        _ => null,
    };
}
