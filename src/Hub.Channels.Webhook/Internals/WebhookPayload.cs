using System.Text.Json.Serialization;

namespace Hub.Channels.Webhook.Internals;

/// <summary>The JSON a receiver gets. The field names are a contract (the load tool parses them): add, never rename.</summary>
internal sealed record WebhookPayload(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("channel")] string Channel,
    [property: JsonPropertyName("to")] string To,
    [property: JsonPropertyName("subject")] string? Subject,
    [property: JsonPropertyName("body")] string Body,
    [property: JsonPropertyName("html")] string? Html,
    [property: JsonPropertyName("eventId")] string? EventId,
    [property: JsonPropertyName("workflowId")] string? WorkflowId,
    [property: JsonPropertyName("createdAt")] DateTimeOffset CreatedAt)
{
    public static WebhookPayload From(OutboundMessage message) => new(
        message.Id, message.Channel, message.To, message.Subject, message.Body, message.HtmlBody,
        message.EventId, message.WorkflowId, message.CreatedAt);
}
