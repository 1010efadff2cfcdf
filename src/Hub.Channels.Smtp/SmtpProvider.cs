using System.Runtime.CompilerServices;
using Hub.Channels.Smtp.Internals;
using Hub.Core.Channels;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace Hub.Channels.Smtp;

/// <summary>
/// Sends email through an SMTP server (a submission service, a relay) with MailKit: connect with the instance's TLS
/// mode, log in when a username is set, send one message, quit. A 2xx reply to the data means accepted (the server now
/// owns delivery; bounces come back as mail, not as receipts); failures are classified by <see cref="SmtpFailure"/>.
/// Each send opens its own connection. Measured on loopback with MailKit against a minimal server that answers at
/// once: a fresh connection per message (connect, EHLO, MAIL/RCPT/DATA, QUIT) 1.4 ms, a message on a kept connection
/// 2.1 ms, and 6 ms a message through this provider (deadline, MIME composition); so a pool saves nothing there, and
/// it would bring connections that servers cut when idle, failing the next message on them. (The tests' SmtpServer
/// answers each transfer about 45 ms late, on a fresh or kept connection alike.) Against a distant server each message
/// pays the handshake's round trips (and STARTTLS and login); an instance that needs more throughput than that gives
/// is better served by an HTTP provider (SendGrid), or by a pool added here.
/// </summary>
public sealed class SmtpProvider(ILogger<SmtpProvider> logger) : IChannelProvider
{
    public const string TypeName = "smtp";

    // Parsed once per configuration object (the directory builds a new one on every change): a send parses nothing.
    private readonly ConditionalWeakTable<ProviderConfiguration, SmtpTarget?> _targets = [];

    public string Type => TypeName;

    public IReadOnlyList<ProviderField> Settings => SmtpFields.Settings;

    public IReadOnlyList<ProviderField> Credentials => SmtpFields.Credentials;

    public bool Supports(string channel) => channel == ChannelNames.Email;

    public async Task<SendResult> SendAsync(ProviderConfiguration provider, OutboundMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(message);
        if (!Supports(message.Channel))
        {
            return SendResult.Permanent($"SMTP carries email only, not {message.Channel}.");
        }
        if (_targets.GetValue(provider, SmtpTarget.Parse) is not { } target)
        {
            return SendResult.Permanent($"SMTP provider '{provider.Id}' has no valid host, from address or security mode.");
        }
        if (!MailboxAddress.TryParse(message.To, out var to) || !to.Address.Contains('@', StringComparison.Ordinal))
        {
            return SendResult.Permanent("The recipient is not an email address.");
        }
        var mail = EmailComposer.Compose(target, message, to);
        var result = await TransferAsync(target, mail, cancellationToken);
        // Ids and codes only: the recipient, the subject and the text never go to the log.
        logger.LogDebug("SMTP provider {ProviderId} {Outcome} message {MessageId} ({Code})",
            provider.Id, result.Outcome, message.Id, result.ErrorCode ?? "250");
        return result;
    }

    private static async Task<SendResult> TransferAsync(SmtpTarget target, MimeMessage mail, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(target.Timeout);
        using var client = new SmtpClient { Timeout = (int)target.Timeout.TotalMilliseconds };
        if (target.AcceptAllCertificates)
        {
            // The admin asked for it (a test server with a self-signed certificate); the setting's help states the risk.
#pragma warning disable CA5359 // Opt-in per instance, documented as unsafe outside tests.
            client.ServerCertificateValidationCallback = static (_, _, _, _) => true;
#pragma warning restore CA5359
            client.CheckCertificateRevocation = false;
        }
        try
        {
            await client.ConnectAsync(target.Host, target.Port, target.Security, deadline.Token);
            if (target.Username is { } username)
            {
                await client.AuthenticateAsync(username, target.Password ?? "", deadline.Token);
            }
            await client.SendAsync(mail, deadline.Token);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // Every failure of the conversation is an answer to classify; the contract is not to throw.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return SmtpFailure.Classify(ex, target.Timeout);
        }
        await QuitAsync(client, deadline.Token);
        return SendResult.Accepted(mail.MessageId ?? "");
    }

    /// <summary>A polite QUIT; the server already accepted the message, so a failure here changes nothing.</summary>
    private static async Task QuitAsync(SmtpClient client, CancellationToken cancellationToken)
    {
        try
        {
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
#pragma warning disable CA1031 // The message was accepted; how the connection ends does not matter.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }
}
