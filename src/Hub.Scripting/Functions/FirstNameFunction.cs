using Scriban;

namespace Hub.Scripting.Functions;

/// <summary>
/// <c>contact.firstName | first_name</c>: the name, trimmed, or a word that reads naturally in its place in the
/// recipient's language ("Hi there", "Hei du"); <c>first_name "customer"</c> chooses the word.
/// </summary>
internal static class FirstNameFunction
{
    /// <summary>Greeting words for the languages whose templates ship with Hub; others must name their own.</summary>
    private static readonly Dictionary<string, string> Fallbacks = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = "there",
        ["nb"] = "du",
        ["nn"] = "du",
        ["no"] = "du",
        ["da"] = "du",
        ["sv"] = "du",
    };

    /// <returns>Null when there is neither a name nor a fallback word, so that a strict template fails rather than writing "Hi ,".</returns>
    public static string? FirstName(TemplateContext context, object? name, string? fallback = null)
    {
        var text = HubFunctions.Text(name)?.Trim();
        if (!string.IsNullOrEmpty(text))
        {
            return text;
        }
        if (!string.IsNullOrWhiteSpace(fallback))
        {
            return fallback;
        }
        var language = RecipientOf.Settings(context).Culture.TwoLetterISOLanguageName;
        return Fallbacks.GetValueOrDefault(language);
    }
}
