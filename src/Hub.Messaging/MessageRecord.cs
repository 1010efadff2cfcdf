using Hub.Storage.Workspaces;

namespace Hub.Messaging;

/// <summary>A rendered message on one channel; a fallback to another channel is a new message.</summary>
public sealed class MessageRecord : IWorkspaceOwned
{
    public Guid Id { get; set; }
    public string WorkspaceId { get; set; } = "";
    /// <summary>The stored send request this message carries out; its fallbacks are composed from it.</summary>
    public Guid SendRequestId { get; set; }

    public required string Channel { get; set; }
    public required string Provider { get; set; }
    public required string To { get; set; }
    public string? Subject { get; set; }
    public required string Body { get; set; }
    public string? Html { get; set; }

    /// <summary>
    /// The rendered rich parts as JSON (<c>MessageRichContent</c>): a WhatsApp template reference with its
    /// parameters, an RCS card, suggestions, the RCS fallback SMS text. Null for plain messages.
    /// </summary>
    public string? RichContent { get; set; }

    /// <summary>
    /// When the request has secret values: the subject, body and HTML as the provider gets them, encrypted (the
    /// columns above hold the masked form). Cleared once the message is delivered or has failed for good.
    /// </summary>
    public string? ProtectedContent { get; set; }
    public string? Locale { get; set; }

    /// <summary>The send request's purpose (<c>transactional</c>, <c>marketing</c>, <c>system</c>): it decides which consent applies.</summary>
    public string Purpose { get; set; } = "transactional";

    /// <summary>The contact the address belongs to, once the send's consent check found one.</summary>
    public Guid? ContactId { get; set; }

    public MessageStatus Status { get; set; }

    /// <summary>Why the message was <see cref="MessageStatus.Skipped"/>: <c>opted_out</c>, <c>no_consent</c>, <c>quiet_hours_held</c>, ...</summary>
    public string? SkipReason { get; set; }

    /// <summary>A marketing message held for quiet hours goes at this instant.</summary>
    public DateTimeOffset? HeldUntil { get; set; }

    /// <summary>Held for the recipient's quiet hours: shown skipped, yet still to go (not a final state).</summary>
    public bool IsHeld => Status == MessageStatus.Skipped && SkipReason == Hub.Contacts.SkipReasons.QuietHoursHeld;

    public string? ProviderMessageId { get; set; }
    public string? LastError { get; set; }
    public string? WorkflowId { get; set; }
    public Guid? WorkflowInstanceId { get; set; }
    public string? StepId { get; set; }
    public string? TemplateId { get; set; }

    /// <summary>Channels still to try, in order, if this one fails for good (comma-separated); cleared once it moved on.</summary>
    public string? FallbackChannels { get; set; }

    /// <summary>The message on the previous channel, when this one is its fallback.</summary>
    public Guid? PreviousMessageId { get; set; }

    /// <summary>Why the send moved on from this message to the next channel (a permanent failure, no receipt in time, ...).</summary>
    public string? MovedOnReason { get; set; }

    /// <summary>
    /// Deliveries that may have reached the provider twice: an attempt that ran (its job's attempt was counted) but
    /// whose result was never recorded, because the process died between the provider call and its commit.
    /// </summary>
    public int PossibleDuplicates { get; set; }

    public string? EventId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
