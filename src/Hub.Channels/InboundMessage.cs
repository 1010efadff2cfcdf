namespace Hub.Channels;

/// <summary>
/// A message a person sent to one of Hub's numbers or addresses (SMS MO, WhatsApp, RCS): it becomes a
/// <c>message.received</c> event. <see cref="InReplyToProviderMessageId"/> is set when the provider says which sent
/// message it answers (a WhatsApp context id, an RCS suggestion's postback); Hub maps it to its own message id.
/// </summary>
public sealed record InboundMessage(string Channel, string From, string To, string Text)
{
    public string? ProviderMessageId { get; init; }

    public string? InReplyToProviderMessageId { get; init; }

    public DateTimeOffset? ReceivedAt { get; init; }

    /// <summary>A suggested reply's or button's payload when the person tapped one instead of typing.</summary>
    public string? Postback { get; init; }
}
