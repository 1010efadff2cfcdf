using System.Text;
using PhoneNumbers;

namespace Hub.Access.Masking;

/// <summary>
/// How viewers see personal data: a phone number keeps its country code, its first and last three digits
/// (<c>+47 9** ** 567</c>), an email its first character and domain (<c>k***@example.no</c>), a message body its length only.
/// </summary>
public static partial class PersonalDataMask
{
    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    /// <summary>A phone number or email, masked as its kind is; anything else shown as <c>***</c>.</summary>
    public static string? Address(string? value) => value switch
    {
        null or "" => value,
        _ when value.Contains('@', StringComparison.Ordinal) => Email(value),
        _ when value.StartsWith('+') => Phone(value),
        _ => "***",
    };

    public static string Phone(string e164)
    {
        ArgumentNullException.ThrowIfNull(e164);
        string countryCode, national;
        try
        {
            var number = Phones.Parse(e164, null);
            countryCode = number.CountryCode.ToString(System.Globalization.CultureInfo.InvariantCulture);
            national = Phones.GetNationalSignificantNumber(number);
        }
        catch (NumberParseException)
        {
            return "***";
        }
        if (national.Length < 5)
        {
            return $"+{countryCode} ***";
        }
        // The first national digit and the last three stay; grouped 3, then pairs, then the last 3: "+47 9** ** 567".
        var masked = national[0] + new string('*', national.Length - 4) + national[^3..];
        var groups = new StringBuilder().Append('+').Append(countryCode).Append(' ').Append(masked.AsSpan(0, Math.Min(3, masked.Length - 3)));
        var middle = masked.Length - 6;
        for (var i = 3; middle > 0; )
        {
            // A pair, or all three when three are left, so that no group is a lone star.
            var take = middle == 3 ? 3 : Math.Min(2, middle);
            groups.Append(' ').Append(masked.AsSpan(i, take));
            i += take;
            middle -= take;
        }
        return groups.Append(' ').Append(masked.AsSpan(masked.Length - 3)).ToString();
    }

    public static string Email(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        var at = email.LastIndexOf('@');
        return at <= 0 ? "***" : $"{email[0]}***{email[at..]}";
    }

    /// <summary>A name: its first letter.</summary>
    public static string? Name(string? name) => string.IsNullOrEmpty(name) ? name : $"{name[0]}***";

    /// <summary>Free text (an error, evidence) with every phone number and email in it masked.</summary>
    public static string? InText(string? text) =>
        string.IsNullOrEmpty(text) ? text : EmailPattern().Replace(PhonePattern().Replace(text, m => Phone(m.Value)), m => Email(m.Value));

    /// <summary>A body: only that there was one, and how long.</summary>
    public static string? Text(string? text) => string.IsNullOrEmpty(text) ? text : $"*** ({text.Length} characters)";

    [System.Text.RegularExpressions.GeneratedRegex(@"\+[1-9]\d{6,14}", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex PhonePattern();

    [System.Text.RegularExpressions.GeneratedRegex(@"[^\s@<>()""',;:]+@[^\s@<>()""',;:]+\.[A-Za-z]{2,}", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex EmailPattern();
}
