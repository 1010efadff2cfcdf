using PhoneNumbers;

namespace Hub.Scripting.Functions;

/// <summary>
/// <c>contact.phone | phone_format</c>: an E.164 number as people read it, "+47 912 34 567", or with "national"
/// as the number's own country dials it, "912 34 567". <c>phone</c> is the other direction (text to E.164).
/// </summary>
internal static class PhoneFormatFunction
{
    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    /// <param name="style"><c>international</c> (the default), <c>national</c> or <c>e164</c>.</param>
    /// <param name="defaultRegion">ISO 3166 alpha-2 for numbers written without a country code.</param>
    public static string? PhoneFormat(object? value, string? style = null, string? defaultRegion = null)
    {
        if (HubFunctions.ToPhone(value, defaultRegion) is not { } e164)
        {
            return null;
        }
        var format = style?.Trim().ToUpperInvariant() switch
        {
            null or "" or "INTERNATIONAL" => PhoneNumberFormat.INTERNATIONAL,
            "NATIONAL" => PhoneNumberFormat.NATIONAL,
            "E164" => PhoneNumberFormat.E164,
            _ => throw new ArgumentException($"phone_format style '{style}' is not one of: international, national, e164.", nameof(style)),
        };
        return Phones.Format(Phones.Parse(e164, "ZZ"), format);
    }
}
