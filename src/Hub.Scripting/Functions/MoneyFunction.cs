using System.Globalization;
using Scriban;

namespace Hub.Scripting.Functions;

/// <summary><c>order.total | money order.currency</c>: an amount as the recipient reads it, "kr 1 234,50" or "€99.50".</summary>
internal static class MoneyFunction
{
    /// <param name="currency">ISO 4217 code; without one the amount is written as a plain number in the culture.</param>
    /// <param name="locale">Overrides the recipient's locale, e.g. for a shop that always writes prices in de-CH.</param>
    public static string? Money(TemplateContext context, object? amount, string? currency = null, string? locale = null)
    {
        if (HubFunctions.ToDecimal(amount) is not { } value)
        {
            return null;
        }
        var culture = Cultures.Find(locale) ?? RecipientOf.Settings(context).Culture;
        var code = currency?.Trim().ToUpperInvariant();
        var text = string.IsNullOrEmpty(code)
            ? value.ToString("N2", culture)
            : value.ToString("C", CurrencyFormats.For(culture, code));
        return Spaces.Plain(text);
    }
}
