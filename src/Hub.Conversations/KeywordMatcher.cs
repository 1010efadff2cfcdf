using System.Text;
using Hub.Contacts;

namespace Hub.Conversations;

/// <summary>
/// Finds whether an inbound text is only a keyword. Case does not matter, nor what surrounds the word: spaces,
/// punctuation, emoji ("Stopp!", " stop ", "STOP."). A sentence that contains a keyword is not one ("please stop
/// the spam" is a message for a person, not an opt-out).
/// </summary>
public static class KeywordMatcher
{
    /// <param name="text">The message as received.</param>
    /// <param name="policy">The workspace's keywords per language.</param>
    /// <param name="locales">The sender's languages (<see cref="SenderPolicy.KeywordLocales"/>); empty: every configured language.</param>
    /// <param name="preferredLocale">The contact's locale: when several languages have the keyword (START), its language answers.</param>
    public static KeywordMatch? Match(string? text, KeywordPolicy policy, IReadOnlyList<string> locales, string? preferredLocale = null)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(locales);
        var word = Core(text);
        if (word.Length == 0)
        {
            return null;
        }
        var languages = policy.Languages.Where(l => locales.Count == 0 || locales.Any(wanted => SameLanguage(wanted, l.Key)));
        var preferred = preferredLocale is null ? null : LanguageOf(preferredLocale);
        KeywordMatch? first = null;
        foreach (var (name, language) in languages)
        {
            if (MatchIn(word, name, language) is not { } match)
            {
                continue;
            }
            if (preferred is not null && string.Equals(LanguageOf(name), preferred, StringComparison.OrdinalIgnoreCase))
            {
                return match;
            }
            first ??= match;
        }
        return first;
    }

    /// <summary>The text without what surrounds the word: anything that is not a letter or a digit at either end.</summary>
    public static string Core(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var runes = text.EnumerateRunes().ToList();
        var start = 0;
        var end = runes.Count;
        while (start < end && !Rune.IsLetterOrDigit(runes[start]))
        {
            start++;
        }
        while (end > start && !Rune.IsLetterOrDigit(runes[end - 1]))
        {
            end--;
        }
        var core = new StringBuilder();
        foreach (var rune in runes.Skip(start).Take(end - start))
        {
            core.Append(rune.ToString());
        }
        return core.ToString().Normalize(NormalizationForm.FormC);
    }

    private static KeywordMatch? MatchIn(string word, string name, KeywordLanguage language)
    {
        if (Has(language.OptOut, word) is { } optOut)
        {
            return new KeywordMatch(KeywordKind.OptOut, optOut, name, language.OptOutReply);
        }
        if (Has(language.OptIn, word) is { } optIn)
        {
            return new KeywordMatch(KeywordKind.OptIn, optIn, name, language.OptInReply);
        }
        return Has(language.Help, word) is { } help ? new KeywordMatch(KeywordKind.Help, help, name, language.HelpReply) : null;
    }

    private static string? Has(IReadOnlyList<string> keywords, string word) =>
        keywords.FirstOrDefault(k => string.Equals(Core(k), word, StringComparison.OrdinalIgnoreCase));

    private static bool SameLanguage(string wanted, string configured) =>
        string.Equals(wanted, configured, StringComparison.OrdinalIgnoreCase)
        || string.Equals(LanguageOf(wanted), LanguageOf(configured), StringComparison.OrdinalIgnoreCase);

    /// <summary><c>nb-NO</c> → <c>nb</c>.</summary>
    private static string LanguageOf(string locale)
    {
        var dash = locale.IndexOfAny(['-', '_']);
        return dash > 0 ? locale[..dash] : locale;
    }
}
