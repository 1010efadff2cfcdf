using System.Text.Json.Serialization;

namespace Hub.Channels.SendGrid.Internals;

/// <summary>One body of a mail send: <c>text/plain</c> first, then <c>text/html</c>.</summary>
internal sealed record MailContent(
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("value")] string Value);
