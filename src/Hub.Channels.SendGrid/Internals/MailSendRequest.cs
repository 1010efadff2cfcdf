using System.Text.Json.Serialization;

namespace Hub.Channels.SendGrid.Internals;

/// <summary>
/// The body of <c>POST /v3/mail/send</c> (tsg_mail_v3 <c>mail-send</c>): one personalization per message, whose
/// <c>custom_args</c> carry Hub's message id so that every Event Webhook event for it names it.
/// </summary>
internal sealed record MailSendRequest(
    [property: JsonPropertyName("personalizations")] IReadOnlyList<MailPersonalization> Personalizations,
    [property: JsonPropertyName("from")] MailAddressJson From,
    [property: JsonPropertyName("reply_to")] MailAddressJson? ReplyTo,
    [property: JsonPropertyName("subject")] string Subject,
    [property: JsonPropertyName("content")] IReadOnlyList<MailContent> Content,
    [property: JsonPropertyName("headers")] IReadOnlyDictionary<string, string> Headers)
{
    public const string HubMessageIdArg = "hub_message_id";
    public const string HubMessageIdHeader = "X-Hub-Message-Id";

    public static MailSendRequest For(SendGridTarget target, OutboundMessage message)
    {
        IReadOnlyList<MailContent> content = string.IsNullOrEmpty(message.HtmlBody)
            ? [new MailContent("text/plain", message.Body)]
            : [new MailContent("text/plain", message.Body), new MailContent("text/html", message.HtmlBody)];
        return new MailSendRequest(
            [new MailPersonalization([new MailAddressJson(message.To, null)], new Dictionary<string, string> { [HubMessageIdArg] = message.Id })],
            MailAddressJson.Of(target.From),
            target.ReplyTo is { } replyTo ? MailAddressJson.Of(replyTo) : null,
            message.Subject ?? "",
            content,
            new Dictionary<string, string> { [HubMessageIdHeader] = message.Id });
    }
}
