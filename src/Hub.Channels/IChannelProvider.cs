namespace Hub.Channels;

/// <summary>One messaging provider (sandbox, Twilio, SMTP, ...) able to carry one or more channels.</summary>
public interface IChannelProvider
{
    /// <summary>The provider id used in configuration and shown on messages, e.g. <c>sandbox</c>.</summary>
    string Name { get; }

    bool Supports(string channel);

    /// <summary>Sends one message. Must be idempotent on <see cref="OutboundMessage.Id"/>: a retry after a crash may repeat it.</summary>
    Task<SendResult> SendAsync(OutboundMessage message, CancellationToken cancellationToken);
}
