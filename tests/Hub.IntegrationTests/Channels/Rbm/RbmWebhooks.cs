using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Hub.Channels;
using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Channels.Rbm;

/// <summary>
/// RBM's webhook requests built from the shared fixtures (<c>tests/fixtures/providers/rbm/</c>): the Pub/Sub push
/// bodies exactly as stored with the headers of their <c>*.push.headers.json</c>, and the validation request.
/// </summary>
public static class RbmWebhooks
{
    /// <summary>The client token of the fixtures (the example in Google's webhook guide); the instance is configured with it.</summary>
    public const string ClientToken = "SJENCPGJESMGUFPY";

    private static readonly Uri HubUrl = new("https://hub.example.com/providers/rbm-main/webhook");

    public static byte[] File(string name) => System.IO.File.ReadAllBytes(RepoPaths.Fixture("providers/rbm/" + name));

    /// <summary>The X-Goog-Signature stored beside a push sample.</summary>
    public static string StoredSignature(string sample) =>
        (string)JsonNode.Parse(File($"webhook.{sample}.push.headers.json"))!["headers"]!["X-Goog-Signature"]!;

    /// <summary>base64 HMAC-SHA512(client token, data), as Google's guide computes it (independent of the plugin).</summary>
    public static string Sign(byte[] data, string clientToken = ClientToken) =>
        Convert.ToBase64String(HMACSHA512.HashData(Encoding.UTF8.GetBytes(clientToken), data));

    public static ProviderCallback Post(byte[] body, string? signature, string path = "webhook")
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Content-Type"] = "application/json" };
        if (signature is not null)
        {
            headers["X-Goog-Signature"] = signature;
        }
        return new ProviderCallback("POST", path, HubUrl, headers, new Dictionary<string, string>(StringComparer.Ordinal), body);
    }

    /// <summary>A push sample as stored, with its stored signature.</summary>
    public static ProviderCallback Push(string sample) => Post(File($"webhook.{sample}.push.json"), StoredSignature(sample));

    /// <summary>A push envelope around <paramref name="data"/> (the decoded notification), signed with <paramref name="signature"/> or correctly.</summary>
    public static ProviderCallback PushOf(byte[] data, string? signature = null)
    {
        var envelope = JsonNode.Parse(File("webhook.user-event-delivered.push.json"))!;
        envelope["message"]!["data"] = Convert.ToBase64String(data);
        return Post(Encoding.UTF8.GetBytes(envelope.ToJsonString()), signature ?? Sign(data));
    }

    /// <summary>The decoded data of a push sample.</summary>
    public static byte[] Data(string sample) =>
        Convert.FromBase64String((string)JsonNode.Parse(File($"webhook.{sample}.push.json"))!["message"]!["data"]!);

    public static ProviderCallback Validation(string? clientToken = null)
    {
        var body = JsonNode.Parse(File("webhook.validation-request.json"))!;
        if (clientToken is not null)
        {
            body["clientToken"] = clientToken;
        }
        return Post(Encoding.UTF8.GetBytes(body.ToJsonString()), signature: null);
    }
}
