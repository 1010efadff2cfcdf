using PhoneNumbers;

namespace Hub.Contacts.Internals;

/// <summary>
/// The ways a phone number is written: E.164, without the plus, the national digits (with and without the trunk
/// prefix) and the national and international formats. Sources send what their users typed ("91234567",
/// "912 34 567"), so erasure looks for all of them.
/// </summary>
internal static class PhoneForms
{
    /// <summary>Shorter forms would match unrelated numbers.</summary>
    private const int MinimumLength = 6;

    public static IEnumerable<string> Of(string e164)
    {
        var forms = new List<string> { e164, e164.TrimStart('+') };
        try
        {
            var util = PhoneNumberUtil.GetInstance();
            var number = util.Parse(e164, null);
            var national = util.Format(number, PhoneNumberFormat.NATIONAL);
            forms.Add(util.GetNationalSignificantNumber(number));
            forms.Add(national);
            forms.Add(new string([.. national.Where(char.IsAsciiDigit)]));
            forms.Add(util.Format(number, PhoneNumberFormat.INTERNATIONAL));
        }
        catch (NumberParseException)
        {
            // Not a number libphonenumber knows: the stored forms are all there is.
        }
        return forms.Where(f => f.Length >= MinimumLength).Distinct(StringComparer.Ordinal);
    }
}
