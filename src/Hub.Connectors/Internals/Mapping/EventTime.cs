using System.Globalization;
using System.Numerics;

namespace Hub.Connectors.Internals.Mapping;

/// <summary>Reads the result of a route's <c>time</c> expression as an instant.</summary>
internal static class EventTime
{
    public static DateTimeOffset From(object? value, DateTimeOffset fallback, string route, string field, string expression) => value switch
    {
        null => fallback,
        string text when string.IsNullOrWhiteSpace(text) => fallback,
        DateTimeOffset time => time,
        DateTime time => time.Kind == DateTimeKind.Unspecified ? new DateTimeOffset(time, TimeSpan.Zero) : new DateTimeOffset(time),
        string text when DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) => time,
        string text when long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) => From(seconds, fallback, route, field, expression),
        long seconds when seconds is > -62135596800 and < 253402300800 => DateTimeOffset.FromUnixTimeSeconds(seconds),
        int seconds => DateTimeOffset.FromUnixTimeSeconds(seconds),
        BigInteger or long => throw new MappingException(route, field, $"'{expression}' gave {value}, which is out of range for a Unix time in seconds"),
        _ => throw new MappingException(route, field, $"'{expression}' gave '{value}', which is not a time (expected ISO 8601 text or Unix seconds)"),
    };
}
