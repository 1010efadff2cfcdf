namespace Hub.Api.Contracts;

/// <summary>One conversation in <c>GET /api/v1/conversations</c>: a contact on one channel, its unread count and assignee.</summary>
public sealed record ConversationResponse(
    Guid Id, Guid ContactId, string Channel, string Address, string? Assignee, int Unread,
    DateTimeOffset LastMessageAt, DateTimeOffset? LastInboundAt, DateTimeOffset? ReadAt, DateTimeOffset CreatedAt);
