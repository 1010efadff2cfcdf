using System.Globalization;
using System.Numerics;
using Hub.Scripting.Functions;
using PhoneNumbers;
using Scriban;
using Scriban.Runtime;

namespace Hub.Scripting;

/// <summary>
/// The functions Hub adds to Scriban for mappings, conditions and templates. They are forgiving on purpose:
/// a value that cannot be converted becomes <c>null</c> so that <c>??</c> can fall back to another field.
/// </summary>
public static class HubFunctions
{
    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    public static ScriptObject Create()
    {
        var functions = new ScriptObject();
        functions.Import("text", new Func<object?, string?>(Text));
        functions.Import("decimal", new Func<object?, decimal?>(ToDecimal));
        functions.Import("integer", new Func<object?, long?>(ToInteger));
        functions.Import("phone", new Func<object?, string?, string?>(ToPhone));
        functions.Import("timestamp", new Func<object?, string?>(ToTimestamp));
        functions.Import("timestamp_ms", new Func<object?, string?>(FromUnixMilliseconds));
        functions.Import("coalesce", new Func<object?, object?, object?>(Coalesce));
        // The name analysts know from Liquid and Shopify; the same function as coalesce.
        functions.Import("default", new Func<object?, object?, object?>(Coalesce));
        functions.Import("money", new Func<TemplateContext, object?, string?, string?, string?>(MoneyFunction.Money));
        functions.Import("local", new Func<TemplateContext, object?, string?, string?, string?>(LocalTimeFunction.Local));
        functions.Import("phone_format", new Func<object?, string?, string?, string?>(PhoneFormatFunction.PhoneFormat));
        functions.Import("first_name", new Func<TemplateContext, object?, string?, string?>(FirstNameFunction.FirstName));
        functions.Import("track", new Func<object?, string, string, string?, string?>(TrackFunction.Track));
        functions.Import("raw", new Func<object?, HtmlMarkup?>(Raw));
        return functions;
    }

    /// <summary>Any scalar as invariant text; integers keep every digit.</summary>
    public static string? Text(object? value) => value switch
    {
        null => null,
        string s => s,
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    public static decimal? ToDecimal(object? value) => value switch
    {
        null => null,
        decimal d => d,
        long l => l,
        int i => i,
        double d => (decimal)d,
        BigInteger b => (decimal)b,
        string s when decimal.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
        _ => null,
    };

    public static long? ToInteger(object? value) => value switch
    {
        null => null,
        long l => l,
        int i => i,
        decimal d when decimal.Truncate(d) == d => (long)d,
        string s when long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) => l,
        _ => null,
    };

    /// <summary>
    /// A phone number in E.164, or null when it is absent or cannot be a phone number. Numbers without a country
    /// code are read in <paramref name="defaultRegion"/> (ISO 3166 alpha-2); vanity letters become digits.
    /// The check is "possible" (length and country code), not "valid": numbering plans change faster than this
    /// library, and the provider's answer on an unassigned number is the one that counts.
    /// </summary>
    public static string? ToPhone(object? value, string? defaultRegion = null)
    {
        var text = Text(value)?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        try
        {
            var region = string.IsNullOrWhiteSpace(defaultRegion) ? "ZZ" : defaultRegion.Trim().ToUpperInvariant();
            var number = Phones.Parse(text, region);
            return Phones.IsPossibleNumber(number) ? Phones.Format(number, PhoneNumberFormat.E164) : null;
        }
        catch (NumberParseException)
        {
            return null;
        }
    }

    /// <summary>An ISO 8601 time with its offset, or null when the text is not a time.</summary>
    public static string? ToTimestamp(object? value) => value switch
    {
        null => null,
        DateTimeOffset t => t.ToString("O", CultureInfo.InvariantCulture),
        DateTime t => new DateTimeOffset(t).ToString("O", CultureInfo.InvariantCulture),
        string s when DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t)
            => t.ToString("O", CultureInfo.InvariantCulture),
        long seconds => DateTimeOffset.FromUnixTimeSeconds(seconds).ToString("O", CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <summary>Unix epoch milliseconds (HubSpot's <c>occurredAt</c>, JavaScript's <c>Date.now()</c>) as ISO 8601 UTC.</summary>
    public static string? FromUnixMilliseconds(object? value) => ToInteger(value) is { } ms
        ? DateTimeOffset.FromUnixTimeMilliseconds(ms).ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture)
        : null;

    /// <summary>The first value unless it is null or empty text.</summary>
    public static object? Coalesce(object? value, object? fallback) => IsBlank(value) ? fallback : value;

    /// <summary>Marks text as trusted HTML that an email's HTML writes as it is; only for markup the template itself builds.</summary>
    public static HtmlMarkup? Raw(object? value) => Text(value) is { } text ? new HtmlMarkup(text) : null;

    private static bool IsBlank(object? value) => value is null || (value is string s && s.Length == 0);
}
