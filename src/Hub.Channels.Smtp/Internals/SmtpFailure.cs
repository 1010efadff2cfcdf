using System.Globalization;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Text.RegularExpressions;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace Hub.Channels.Smtp.Internals;

/// <summary>
/// What an SMTP failure means. A reply code says it (RFC 5321 §4.2.1): 4xx is temporary, 5xx permanent; the enhanced
/// status code (RFC 3463, <c>5.1.1</c> unknown mailbox, <c>4.7.x</c> throttling) becomes the error code when the server
/// sends one, else the reply code. A refused or missing login (535, 530), a certificate that does not verify, or a server that lacks
/// what the instance requires (STARTTLS, a login mechanism) are permanent: only a change of configuration helps.
/// Connection drops, protocol garbage and timeouts are transient. SMTP has no Retry-After: a throttling 421 or
/// <c>451 4.7.x</c> is transient with no wait, and the job queue's backoff spaces the retries.
/// </summary>
internal static partial class SmtpFailure
{
    public static SendResult Classify(Exception exception, TimeSpan timeout) => exception switch
    {
        SmtpCommandException command => FromReply((int)command.StatusCode, command.Message),
        MailKit.Security.AuthenticationException => SendResult.Permanent("The SMTP server refused the login (check username and password).")
            with { ErrorCode = "535" },
        ServiceNotAuthenticatedException => SendResult.Permanent("The SMTP server requires a login (set username and password).")
            with { ErrorCode = "530" },
        SslHandshakeException => SendResult.Permanent(
            "The TLS handshake with the SMTP server failed (certificate not trusted, wrong host name, or a TLS mode the server does not speak)."),
        NotSupportedException unsupported => SendResult.Permanent($"The SMTP server lacks what this instance requires: {Mask(unsupported.Message)}"),
        SmtpProtocolException protocol => SendResult.Transient($"The SMTP conversation broke off: {Mask(protocol.Message)}"),
        TimeoutException or OperationCanceledException => SendResult.Transient(
            string.Create(CultureInfo.InvariantCulture, $"No answer from the SMTP server within {timeout.TotalSeconds:0.#} s.")),
        SocketException socket => SendResult.Transient($"The SMTP server could not be reached ({socket.SocketErrorCode})."),
        IOException or ServiceNotConnectedException =>
            SendResult.Transient("The connection to the SMTP server was lost."),
        _ => SendResult.Transient($"The SMTP send failed ({exception.GetType().Name})."),
    };

    /// <summary>A reply code and the server's text after it (which starts with the enhanced code when the server has them).</summary>
    public static SendResult FromReply(int code, string text)
    {
        var enhanced = EnhancedCode().Match(text);
        var errorCode = enhanced.Success ? enhanced.Value : code.ToString(CultureInfo.InvariantCulture);
        var said = string.Create(CultureInfo.InvariantCulture, $"The SMTP server answered {code}: {Mask(text)}");
        var result = code is >= 400 and < 500 ? SendResult.Transient(said) : SendResult.Permanent(said);
        return result with { ErrorCode = errorCode };
    }

    /// <summary>Servers quote the address they refuse (<c>&lt;a@b&gt;: Recipient address rejected</c>); errors are stored and shown, addresses must not be.</summary>
    private static string Mask(string text) => Address().Replace(text.Trim(), "<address>");

    [GeneratedRegex(@"^[245]\.\d{1,3}\.\d{1,3}\b")]
    private static partial Regex EnhancedCode();

    [GeneratedRegex(@"<?[^\s<>@]+@[^\s<>@]+>?")]
    private static partial Regex Address();
}
