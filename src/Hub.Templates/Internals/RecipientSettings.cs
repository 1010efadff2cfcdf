using System.Globalization;
using Hub.Scripting;
using Scriban.Runtime;

namespace Hub.Templates.Internals;

/// <summary>
/// The culture and time zone a message is formatted for. The culture is the requested locale (the contact's) when the
/// text chosen is in its language — nb-NO reading the nb text writes "kr 1 234,50" — and otherwise the text's own
/// locale, so that an English fallback text is not written with French numbers. The time zone is the contact's
/// <c>timeZone</c>, else the template's <c>default_time_zone</c>, else UTC.
/// </summary>
internal static class RecipientSettings
{
    public static RenderSettings For(string? requestedLocale, string variantLocale, TimeZoneInfo? templateZone, ScriptObject globals)
    {
        var variant = Cultures.Find(variantLocale) ?? CultureInfo.InvariantCulture;
        var requested = Cultures.Find(requestedLocale);
        var culture = requested is not null && requested.TwoLetterISOLanguageName == variant.TwoLetterISOLanguageName ? requested : variant;
        var contact = globals.TryGetValue("contact", out var value) ? value as ScriptObject : null;
        var contactZone = contact is not null && contact.TryGetValue("timeZone", out var zone) ? TimeZones.Find(zone as string) : null;
        return new RenderSettings { Culture = culture, TimeZone = contactZone ?? templateZone ?? TimeZoneInfo.Utc };
    }
}
