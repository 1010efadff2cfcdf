using System.Text.Json.Serialization;

namespace Hub.Channels.Webhook.Internals;

[JsonSerializable(typeof(WebhookPayload))]
internal sealed partial class WebhookJsonContext : JsonSerializerContext;
