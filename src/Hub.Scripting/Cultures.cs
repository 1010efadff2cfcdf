using System.Globalization;

namespace Hub.Scripting;

/// <summary>Locales as source systems send them (<c>nb-NO</c>, <c>nb_NO.UTF-8</c>), as .NET cultures.</summary>
public static class Cultures
{
    /// <summary>The culture for <paramref name="locale"/>, or null when it is blank or not one .NET knows.</summary>
    public static CultureInfo? Find(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return null;
        }
        var end = locale.IndexOfAny(['.', '@']);
        var name = (end < 0 ? locale : locale[..end]).Trim().Replace('_', '-');
        try
        {
            var culture = CultureInfo.GetCultureInfo(name, predefinedOnly: true);
            return culture.Name.Length == 0 ? null : culture;
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }
}
