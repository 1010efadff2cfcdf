using System.Text.Json.Nodes;

namespace Hub.Connectors.Internals.Verification;

/// <summary>What signing a webhook by hand takes: the raw body, the secret, the signing time and the instance's settings (defaults applied).</summary>
internal sealed record WebhookSigning(byte[] Body, string Secret, DateTimeOffset Now, JsonObject Settings);
