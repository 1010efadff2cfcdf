namespace Hub.Templates.Internals;

/// <summary>The locales to try for a request, most specific first: <c>de-CH</c>, then <c>de</c>, then the default.</summary>
internal static class LocaleFallback
{
    public static IEnumerable<string> Candidates(string? requested, string defaultLocale)
    {
        var locale = Normalize(requested);
        while (locale.Length > 0)
        {
            yield return locale;
            var dash = locale.LastIndexOf('-');
            locale = dash < 0 ? "" : locale[..dash];
        }
        yield return defaultLocale;
    }

    /// <summary>Accepts POSIX spellings too (<c>de_DE.UTF-8</c>), since locales arrive from many source systems.</summary>
    public static string Normalize(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return "";
        }
        var end = locale.IndexOfAny(['.', '@']);
        return (end < 0 ? locale : locale[..end]).Trim().Replace('_', '-');
    }
}
