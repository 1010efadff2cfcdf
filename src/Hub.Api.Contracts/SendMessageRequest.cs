using System.Text.Json.Nodes;

namespace Hub.Api.Contracts;

/// <summary>
/// <c>POST /api/v1/messages</c>: a <see cref="Template"/> rendered with <see cref="Data"/>, or a plain
/// <see cref="Text"/>, to <see cref="To"/> on the first of <see cref="Channels"/> that can take it.
/// </summary>
public sealed record SendMessageRequest(
    SendMessageRecipient? To, IReadOnlyList<string>? Channels, string? Template, JsonObject? Data, string? Text,
    string? Locale, string? Purpose);
