using System.Globalization;
using System.Text.RegularExpressions;

namespace Hub.Load.Sink;

/// <summary>
/// Order numbers that identify one webhook of the run: <c>#B</c> and nine digits, the sequence number. Shopify's
/// <c>name</c> becomes the canonical <c>order.number</c>, which the order-confirmation SMS renders, so the sink can tell
/// which webhook each message came from.
/// </summary>
internal static partial class OrderNumbers
{
    public static string Format(long sequence) => string.Create(CultureInfo.InvariantCulture, $"#B{sequence:D9}");

    public static long? Find(string? text)
    {
        var match = text is null ? null : Pattern().Match(text);
        return match is { Success: true } ? long.Parse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"#B(\d{9})")]
    private static partial Regex Pattern();
}
