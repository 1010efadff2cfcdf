namespace Hub.Channels.Twilio.Internals;

/// <summary>
/// An incoming message webhook (Twilio "Messaging webhooks": <c>MessageSid</c>, <c>From</c>, <c>To</c>, <c>Body</c>)
/// as an <see cref="InboundMessage"/>. A <c>whatsapp:</c> address is a WhatsApp message through Twilio; the prefix is dropped.
/// </summary>
internal static class TwilioInboundMessage
{
    private const string WhatsAppPrefix = "whatsapp:";

    public static InboundMessage? Parse(TwilioForm form)
    {
        if (form["From"] is not { } from || form["To"] is not { } to)
        {
            return null;
        }
        var whatsApp = from.StartsWith(WhatsAppPrefix, StringComparison.Ordinal);
        return new InboundMessage(whatsApp ? "whatsapp" : "sms", Strip(from), Strip(to), form["Body"] ?? "")
        {
            ProviderMessageId = form["MessageSid"] ?? form["SmsMessageSid"] ?? form["SmsSid"],
        };
    }

    private static string Strip(string address) =>
        address.StartsWith(WhatsAppPrefix, StringComparison.Ordinal) ? address[WhatsAppPrefix.Length..] : address;
}
