using Hub.Storage.Workspaces;

namespace Hub.Conversations;

/// <summary>A message a contact sent to Hub (a <c>message.received</c> event), in its conversation.</summary>
public sealed class InboundMessageRecord : IWorkspaceOwned
{
    public Guid Id { get; set; }
    public string WorkspaceId { get; set; } = "";
    public Guid ConversationId { get; set; }
    public Guid ContactId { get; set; }
    public required string Channel { get; set; }

    /// <summary>The sender's address: E.164 phone or email.</summary>
    public required string From { get; set; }

    /// <summary>Hub's number or address it was sent to, when the provider says.</summary>
    public string? To { get; set; }

    public required string Text { get; set; }

    /// <summary>The provider instance it came through, <c>sandbox</c> for the sandbox handset, else the event's connector.</summary>
    public required string Source { get; set; }

    /// <summary>The <c>message.received</c> event; unique, so a redelivered event is recorded once.</summary>
    public required string EventId { get; set; }

    /// <summary>The message Hub sent that this answers, when the provider says which.</summary>
    public Guid? InReplyToMessageId { get; set; }

    /// <summary>The keyword it was (<c>opt_out</c>, <c>opt_in</c>, <c>help</c>), null for anything else.</summary>
    public string? Keyword { get; set; }

    /// <summary>When the contact sent it, as the provider says.</summary>
    public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>When Hub recorded it.</summary>
    public DateTimeOffset CreatedAt { get; set; }
}
