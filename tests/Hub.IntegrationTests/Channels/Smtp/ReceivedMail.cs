using MimeKit;

namespace Hub.IntegrationTests.Channels.Smtp;

/// <summary>One message the test server accepted: the envelope, the parsed MIME message, and how the session was secured.</summary>
public sealed record ReceivedMail(string EnvelopeFrom, IReadOnlyList<string> EnvelopeTo, MimeMessage Message, bool Secure, string? User)
{
    public string? HubMessageId => Message.Headers["X-Hub-Message-Id"];
}
