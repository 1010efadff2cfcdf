using System.Text.Json.Nodes;

namespace Hub.Api.Contracts;

/// <summary>
/// Body of <c>POST /api/v1/conversations/{id}/messages</c>: <see cref="Text"/> (free text, inside the channel's
/// service window) or <see cref="Template"/> with <see cref="Data"/> (outside it, an approved WhatsApp template).
/// </summary>
public sealed record ConversationReplyRequest(string? Text, string? Template, JsonObject? Data);
