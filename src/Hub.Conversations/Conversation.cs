using Hub.Storage.Workspaces;

namespace Hub.Conversations;

/// <summary>
/// What one contact and Hub said to each other on one channel: inbound messages (<see cref="InboundMessageRecord"/>)
/// and the messages Hub sent to <see cref="Address"/> on <see cref="Channel"/>, with its unread state and assignee.
/// </summary>
public sealed class Conversation : IWorkspaceOwned
{
    public Guid Id { get; set; }
    public string WorkspaceId { get; set; } = "";
    public Guid ContactId { get; set; }

    /// <summary><c>sms</c>, <c>whatsapp</c>, <c>rcs</c>, <c>email</c>.</summary>
    public required string Channel { get; set; }

    /// <summary>The contact's address on the channel, as Hub sends to it (E.164 phone or lower-case email): outbound messages are found by it.</summary>
    public required string Address { get; set; }

    /// <summary>The user it is assigned to; null when nobody has it.</summary>
    public string? Assignee { get; set; }

    /// <summary>The newest inbound message or staff reply, as Hub recorded it: lists sort by it.</summary>
    public DateTimeOffset LastMessageAt { get; set; }

    /// <summary>When Hub recorded the newest inbound message (Hub's clock, not the provider's: a late receipt of an old message is still unread).</summary>
    public DateTimeOffset? LastInboundAt { get; set; }

    /// <summary>When staff last read it: inbound messages recorded after it are unread.</summary>
    public DateTimeOffset? ReadAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
