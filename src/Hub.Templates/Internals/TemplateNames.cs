using System.Text.RegularExpressions;

namespace Hub.Templates.Internals;

/// <summary>Shapes of the names a template file uses.</summary>
internal static partial class TemplateNames
{
    /// <summary>Workflows refer to templates by id, so ids stay plain.</summary>
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$", RegexOptions.CultureInvariant)]
    public static partial Regex Id();

    /// <summary>BCP 47 language tags as people write them: <c>en</c>, <c>de-CH</c>, <c>zh-Hant-TW</c>.</summary>
    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$", RegexOptions.CultureInvariant)]
    public static partial Regex Locale();
}
