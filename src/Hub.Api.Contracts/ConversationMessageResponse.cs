namespace Hub.Api.Contracts;

/// <summary>
/// One message of a conversation: <c>inbound</c> (the contact wrote it; <see cref="Keyword"/> when it was
/// <c>opt_out</c>, <c>opt_in</c> or <c>help</c>) or <c>outbound</c> (Hub sent it; with its <see cref="Status"/>).
/// </summary>
public sealed record ConversationMessageResponse(Guid Id, string Direction, string Text, DateTimeOffset At)
{
    public string? Status { get; init; }
    public string? Keyword { get; init; }

    /// <summary>Inbound: the outbound message it answers, when the provider says.</summary>
    public Guid? InReplyTo { get; init; }

    /// <summary>Inbound: the <c>message.received</c> event.</summary>
    public string? EventId { get; init; }

    /// <summary>Outbound: <c>transactional</c>, <c>marketing</c> or <c>system</c> (keyword answers).</summary>
    public string? Purpose { get; init; }

    public string? TemplateId { get; init; }
}
