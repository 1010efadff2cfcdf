using System.Collections.Concurrent;
using System.Globalization;

namespace Hub.Scripting.Functions;

/// <summary>
/// How one currency is written in one culture: the culture's pattern and separators, the currency's symbol (as that
/// language writes it where it can) and the currency's minor units (JPY has none). Built once per pair, and read-only
/// so that renders on many threads can share it.
/// </summary>
internal static class CurrencyFormats
{
    private static readonly ConcurrentDictionary<(string Culture, string Currency), NumberFormatInfo> Cache = new();

    private static readonly Lazy<(CultureInfo Culture, RegionInfo Region)[]> Regions = new(() =>
        [.. CultureInfo.GetCultures(CultureTypes.SpecificCultures)
            .Select(c => (Culture: c, Region: TryRegion(c)))
            .Where(r => r.Region is not null)
            .Select(r => (r.Culture, r.Region!))]);

    public static NumberFormatInfo For(CultureInfo culture, string currency) =>
        Cache.GetOrAdd((culture.Name, currency), key => NumberFormatInfo.ReadOnly(Build(Specific(culture), key.Currency)));

    private static NumberFormatInfo Build(CultureInfo culture, string currency)
    {
        var format = (NumberFormatInfo)culture.NumberFormat.Clone();
        if (TryRegion(culture)?.ISOCurrencySymbol == currency)
        {
            return format;
        }
        var users = Regions.Value.Where(r => r.Region.ISOCurrencySymbol == currency).ToList();
        var sameLanguage = users.FirstOrDefault(r => r.Culture.TwoLetterISOLanguageName == culture.TwoLetterISOLanguageName);
        // A sign (€, $) reads in any language; a word of another language ("kr" to an English reader) does not, its code does.
        var sign = users.Select(r => r.Region.CurrencySymbol).FirstOrDefault(symbol => !symbol.Any(char.IsLetter));
        format.CurrencySymbol = sameLanguage.Culture?.NumberFormat.CurrencySymbol ?? sign ?? currency;
        if (format.CurrencySymbol.Any(char.IsLetter) && format.CurrencyPositivePattern < 2)
        {
            format.CurrencyPositivePattern += 2; // "$n" becomes "NOK n": a code needs a space
        }
        if (users.Count > 0)
        {
            format.CurrencyDecimalDigits = users[0].Culture.NumberFormat.CurrencyDecimalDigits;
        }
        return format;
    }

    /// <summary>A neutral culture (<c>en</c>, <c>nb</c>) has no currency of its own; its main country's has.</summary>
    private static CultureInfo Specific(CultureInfo culture)
    {
        if (!culture.IsNeutralCulture && culture.Name.Length > 0)
        {
            return culture;
        }
        try
        {
            return culture.Name.Length == 0 ? culture : CultureInfo.CreateSpecificCulture(culture.Name);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }

    private static RegionInfo? TryRegion(CultureInfo culture)
    {
        try
        {
            return culture.Name.Length == 0 || culture.IsNeutralCulture ? null : new RegionInfo(culture.Name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
