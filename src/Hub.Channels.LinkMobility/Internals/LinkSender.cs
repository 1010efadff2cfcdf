namespace Hub.Channels.LinkMobility.Internals;

/// <summary>
/// LINK's type of number (TON) for a sender: LINK defaults <c>sourceTON</c> to ALPHANUMERIC, so a short number or an
/// MSISDN must say what it is or LINK refuses it (result code 2002/2003).
/// </summary>
internal static class LinkSender
{
    public const string Alphanumeric = "ALPHANUMERIC";
    public const string ShortNumber = "SHORTNUMBER";
    public const string Msisdn = "MSISDN";

    public static string? TypeOfNumber(string source)
    {
        if (source.Length > 1 && source[0] == '+' && source.Skip(1).All(char.IsAsciiDigit) && source.Length <= 16)
        {
            return Msisdn;
        }
        if (source.Length is >= 1 and <= 14 && source.All(char.IsAsciiDigit))
        {
            return ShortNumber;
        }
        // LINK's safe set is a-z, A-Z, 0-9 starting with a letter; other GSM characters (a space, '&') work on some networks, so only the length and the first character are held to.
        return source.Length is >= 2 and <= 11 && !char.IsAsciiDigit(source[0]) && source[0] != '+' && !source.Any(char.IsControl) ? Alphanumeric : null;
    }
}
