using System.Globalization;

namespace Hub.Connectors.Internals.Verification;

/// <summary>How a timestamp header spells the signing time: Unix seconds (Stripe, Calendly), milliseconds, or ISO 8601 (Zendesk).</summary>
internal static class TimestampFormat
{
    public const string Unix = "unix";
    public const string UnixMilliseconds = "unix-ms";
    public const string Iso8601 = "iso8601";

    public static readonly string[] Names = [Unix, UnixMilliseconds, Iso8601];

    // The largest values DateTimeOffset can represent (9999-12-31T23:59:59Z), so that parsing never throws.
    private const long MaxUnixSeconds = 253_402_300_799;
    private const long MaxUnixMilliseconds = 253_402_300_799_999;

    // A zone is required: a time without one would be read in the server's zone and shift the replay window.
    private static readonly string[] IsoFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss'Z'",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'",
        "yyyy-MM-dd'T'HH:mm:sszzz",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz",
    ];

    public static string Format(string format, DateTimeOffset time) => format switch
    {
        UnixMilliseconds => time.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
        Iso8601 => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        _ => time.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
    };

    public static bool TryParse(string format, string text, out DateTimeOffset value)
    {
        value = default;
        switch (format)
        {
            case Unix when TryParseDigits(text, MaxUnixSeconds, out var seconds):
                value = DateTimeOffset.FromUnixTimeSeconds(seconds);
                return true;
            case UnixMilliseconds when TryParseDigits(text, MaxUnixMilliseconds, out var milliseconds):
                value = DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
                return true;
            case Iso8601:
                return DateTimeOffset.TryParseExact(text, IsoFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);
            default:
                return false;
        }
    }

    /// <summary>Digits only: no sign, no spaces, no exponent, so that one timestamp has one spelling.</summary>
    public static bool TryParseDigits(string text, long max, out long value) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value <= max;
}
