using System.Buffers;
using System.Collections.Concurrent;
using MimeKit;
using SmtpServer;
using SmtpServer.Mail;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Hub.IntegrationTests.Channels.Smtp;

/// <summary>
/// The test server's mailbox: answers each message's data with the reply a test set (250, 451, 550, 421, or a hang
/// longer than the client's timeout) and keeps the messages it accepted, parsed with MimeKit.
/// </summary>
public sealed class CapturingMessageStore : MessageStore
{
    private readonly ConcurrentQueue<ReceivedMail> _accepted = new();

    public SmtpReply Reply { get; set; } = SmtpReply.Ok;

    public IReadOnlyCollection<ReceivedMail> Accepted => _accepted;

    public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer,
        CancellationToken cancellationToken)
    {
        var reply = Reply;
        if (reply.Delay > TimeSpan.Zero)
        {
            await Task.Delay(reply.Delay, cancellationToken);
        }
        if (reply.Code == 250)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            _accepted.Enqueue(new ReceivedMail(transaction.From.AsAddress(), [.. transaction.To.Select(t => t.AsAddress())], message,
                context.Pipe.IsSecure, context.Authentication.IsAuthenticated ? context.Authentication.User : null));
        }
        return new SmtpResponse((SmtpReplyCode)reply.Code, reply.Text);
    }
}
