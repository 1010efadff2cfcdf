namespace Hub.Core.Channels;

/// <summary>The channels a message can travel on; workflow send steps name them.</summary>
public static class ChannelNames
{
    public const string Sms = "sms";
    public const string WhatsApp = "whatsapp";
    public const string Rcs = "rcs";
    public const string Email = "email";

    public static IReadOnlyList<string> All { get; } = [Sms, WhatsApp, Rcs, Email];

    public static bool IsKnown(string channel) => All.Contains(channel, StringComparer.Ordinal);

    /// <summary>Email travels to an address; every other channel to an E.164 phone number.</summary>
    public static bool AddressesByEmail(string channel) => channel == Email;
}
