using System.Globalization;
using System.Text.RegularExpressions;

namespace Hub.Intake.Internals;

/// <summary>
/// RFC 3339 date-times, as CloudEvents requires for <c>time</c>: a full date, a time and an offset or Z. DateTimeOffset's
/// own parser also takes "03/04/2026" (whose day and month depend on who reads it) and times without an offset.
/// </summary>
internal static partial class Rfc3339
{
    public static bool TryParse(string text, out DateTimeOffset value)
    {
        value = default;
        return Pattern().IsMatch(text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
