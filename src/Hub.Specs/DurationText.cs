using System.Globalization;
using System.Text.RegularExpressions;

namespace Hub.Specs;

/// <summary>
/// Durations as analysts write them: a whole number and a unit, <c>30s</c>, <c>15m</c>, <c>12h</c>, <c>3d</c>, with a
/// leading <c>-</c> where the reader allows a move backwards (an offset such as <c>-24h</c>).
/// </summary>
public static partial class DurationText
{
    public static bool TryParse(string? text, out TimeSpan value)
    {
        value = default;
        var match = text is null ? null : Pattern().Match(text.Trim());
        if (match is not { Success: true }
            || !long.TryParse(match.Groups[2].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var amount)
            || amount > 100_000)
        {
            return false;
        }
        var magnitude = match.Groups[3].Value switch
        {
            "s" => TimeSpan.FromSeconds(amount),
            "m" => TimeSpan.FromMinutes(amount),
            "h" => TimeSpan.FromHours(amount),
            _ => TimeSpan.FromDays(amount),
        };
        value = match.Groups[1].Value == "-" ? -magnitude : magnitude;
        return true;
    }

    /// <summary>The shortest text that reads back as <paramref name="value"/> (<c>90m</c>, <c>-1d</c>).</summary>
    public static string Format(TimeSpan value)
    {
        var sign = value < TimeSpan.Zero ? "-" : "";
        var abs = value.Duration();
        return abs.Ticks % TimeSpan.TicksPerDay == 0 ? $"{sign}{abs.Ticks / TimeSpan.TicksPerDay}d"
            : abs.Ticks % TimeSpan.TicksPerHour == 0 ? $"{sign}{abs.Ticks / TimeSpan.TicksPerHour}h"
            : abs.Ticks % TimeSpan.TicksPerMinute == 0 ? $"{sign}{abs.Ticks / TimeSpan.TicksPerMinute}m"
            : $"{sign}{(long)abs.TotalSeconds}s";
    }

    /// <summary>
    /// Reads <paramref name="key"/> as a duration within [<paramref name="min"/>, <paramref name="max"/>]; reports and
    /// returns null when it is something else. Absent gives null without a report unless required.
    /// </summary>
    public static TimeSpan? Read(YamlMap map, string key, TimeSpan min, TimeSpan max, bool required = false)
    {
        ArgumentNullException.ThrowIfNull(map);
        var text = map.NonBlankText(key, required);
        if (text is null)
        {
            return null;
        }
        if (TryParse(text, out var value) && value >= min && value <= max)
        {
            return value;
        }
        map.Spec.Error(map.Written(key), map.FieldOf(key),
            $"'{text}' is not a duration from {Format(min)} to {Format(max)}; write a number and s, m, h or d, such as 30s, 15m, 12h or 3d.");
        return null;
    }

    [GeneratedRegex("^(-?)([0-9]+)(s|m|h|d)$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
