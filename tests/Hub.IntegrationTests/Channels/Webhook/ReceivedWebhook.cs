using System.Text.Json.Nodes;

namespace Hub.IntegrationTests.Channels.Webhook;

/// <summary>One POST the receiver got, with its Standard Webhooks headers and whether the signature verified.</summary>
public sealed record ReceivedWebhook(string? Id, string? Timestamp, string? Signature, string? ContentType, byte[] Body, bool SignatureValid)
{
    public JsonObject Payload => JsonNode.Parse(Body)!.AsObject();
}
