using System.Globalization;
using System.Text.RegularExpressions;
using Hub.Specs;

namespace Hub.Connectors.Internals.Verification;

/// <summary>Reads a duration such as <c>5m</c>, <c>300s</c> or <c>1h</c> from a spec key (a replay window).</summary>
internal static partial class SpecDuration
{
    // Beyond a day a replay window protects against almost nothing; below a second, clock skew rejects real deliveries.
    private static readonly TimeSpan Shortest = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Longest = TimeSpan.FromDays(1);

    public static TimeSpan? Read(YamlMap spec, string key, TimeSpan fallback)
    {
        var text = spec.NonBlankText(key);
        if (text is null)
        {
            return spec.Has(key) ? null : fallback;
        }
        var match = Pattern().Match(text);
        TimeSpan? value = match.Success && long.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var amount) && amount <= 86_400
            ? match.Groups[2].Value switch
            {
                "s" => TimeSpan.FromSeconds(amount),
                "m" => TimeSpan.FromMinutes(amount),
                _ => TimeSpan.FromHours(amount),
            }
            : null;
        if (value is null || value < Shortest || value > Longest)
        {
            spec.Spec.Error(spec.Written(key), spec.FieldOf(key), $"'{text}' is not a duration between 1s and 24h, such as 300s, 5m or 1h");
            return null;
        }
        return value;
    }

    [GeneratedRegex("^([0-9]+)(s|m|h)$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
