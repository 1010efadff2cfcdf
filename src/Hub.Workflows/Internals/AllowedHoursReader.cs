using System.Globalization;
using Hub.Specs;
using NodaTime;

namespace Hub.Workflows.Internals;

/// <summary>Reads <c>within: { from: "08:00", to: "20:00", zone: contact | Europe/Oslo, fallback_zone }</c>.</summary>
internal static class AllowedHoursReader
{
    private static readonly string[] Keys = ["from", "to", "zone", "fallback_zone"];

    public static AllowedHours? Read(YamlMap owner, string key)
    {
        if (!owner.Has(key))
        {
            return null;
        }
        var map = owner.Mapping(key);
        if (map is null)
        {
            return null;
        }
        map.RejectUnknown(Keys);
        var errors = map.Spec.Errors.Count;
        var from = Time(map, "from");
        var to = Time(map, "to");
        var zone = map.NonBlankText("zone") ?? AllowedHours.ContactZone;
        var fallback = map.NonBlankText("fallback_zone") ?? "UTC";
        if (zone != AllowedHours.ContactZone)
        {
            CheckZone(map, "zone", zone);
        }
        CheckZone(map, "fallback_zone", fallback);
        if (from is { } f && to is { } t && f == t)
        {
            map.Spec.Error(map.Line, map.Path, "'from' and 'to' are the same time, which leaves no hours to send in.");
        }
        return map.Spec.Errors.Count != errors || from is null || to is null
            ? null
            : new AllowedHours(from.Value, to.Value, zone) { FallbackZone = fallback };
    }

    private static TimeOnly? Time(YamlMap map, string key)
    {
        var text = map.NonBlankText(key, required: true);
        if (text is null)
        {
            return null;
        }
        if (TimeOnly.TryParseExact(text, ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }
        map.Spec.Error(map.Written(key), map.FieldOf(key), $"'{text}' is not a time of day; write it as HH:mm, such as 08:00.");
        return null;
    }

    private static void CheckZone(YamlMap map, string key, string zone)
    {
        if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(zone) is null)
        {
            map.Spec.Error(map.Written(key) ?? null, map.FieldOf(key),
                $"'{zone}' is not a time zone; use an IANA name such as Europe/Oslo{(key == "zone" ? ", or 'contact'" : "")}.");
        }
    }
}
