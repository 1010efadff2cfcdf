namespace Hub.Channels.WhatsApp.Internals;

/// <summary>
/// Meta addresses a person by their WhatsApp id: the phone number's digits with the country code, no <c>+</c>
/// (webhooks' <c>from</c> and <c>wa_id</c> have this form, and the send's <c>to</c> takes it).
/// </summary>
internal static class WhatsAppAddress
{
    /// <summary>The digits of an E.164 number (<c>+4791234567</c> → <c>4791234567</c>), or null when it is not one.</summary>
    public static string? ToWhatsAppId(string e164)
    {
        var digits = e164.StartsWith('+') ? e164[1..] : e164;
        return digits.Length is >= 6 and <= 15 && digits.All(char.IsAsciiDigit) ? digits : null;
    }

    /// <summary>Hub's E.164 form of a WhatsApp id or a display number (<c>+1 555-078-3881</c>).</summary>
    public static string ToE164(string? waId)
    {
        var digits = new string([.. (waId ?? "").Where(char.IsAsciiDigit)]);
        return digits.Length == 0 ? "" : "+" + digits;
    }
}
