using MimeKit;

namespace Hub.Channels.Smtp.Internals;

/// <summary>
/// Builds the MIME message for one Hub message: the text body alone, or text and HTML as multipart/alternative (text
/// first, so that clients which show the last part they understand show the HTML). The Message-ID is derived from
/// Hub's message id, so a repeat after a crash carries the same one and a receiving system (or a person) can tell it
/// is the same mail; <c>X-Hub-Message-Id</c> carries the id itself for bounces and support.
/// </summary>
internal static class EmailComposer
{
    public const string HubMessageIdHeader = "X-Hub-Message-Id";

    public static string MessageIdFor(string messageId, SmtpTarget target) => $"{messageId}@{target.MessageIdDomain}";

    public static MimeMessage Compose(SmtpTarget target, OutboundMessage message, MailboxAddress to)
    {
        var mail = new MimeMessage
        {
            MessageId = MessageIdFor(message.Id, target),
            Subject = message.Subject ?? "",
            Date = message.CreatedAt == default ? DateTimeOffset.UtcNow : message.CreatedAt,
        };
        mail.From.Add(target.From);
        mail.To.Add(to);
        if (target.ReplyTo is { } replyTo)
        {
            mail.ReplyTo.Add(replyTo);
        }
        mail.Headers.Add(HubMessageIdHeader, message.Id);
        var builder = new BodyBuilder { TextBody = message.Body };
        if (!string.IsNullOrEmpty(message.HtmlBody))
        {
            builder.HtmlBody = message.HtmlBody;
        }
        mail.Body = builder.ToMessageBody();
        return mail;
    }
}
