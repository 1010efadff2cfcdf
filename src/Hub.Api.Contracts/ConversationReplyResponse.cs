namespace Hub.Api.Contracts;

/// <summary>A staff reply accepted for sending: the message, as <c>GET /api/v1/messages/{id}</c> shows it.</summary>
public sealed record ConversationReplyResponse(Guid MessageId, Guid ConversationId, string Channel);
