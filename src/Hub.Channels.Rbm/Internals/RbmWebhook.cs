using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Hub.Channels.Rbm.Internals;

/// <summary>
/// The one callback path, <c>/providers/{id}/webhook</c>, as Google's webhook guide describes it: the configuration
/// request <c>{"clientToken", "secret"}</c> is answered with the secret as plain text when the client token is the
/// instance's; every other request is a Pub/Sub push envelope whose <c>message.data</c> (base64 JSON) is signed:
/// <c>X-Goog-Signature</c> = base64 HMAC-SHA512(clientToken, the decoded data). The envelope is read only to find
/// the signed bytes; nothing in it is used until they verify.
/// </summary>
internal static class RbmWebhook
{
    public const string Path = "webhook";

    public static CallbackResult Handle(RbmTarget? target, ProviderCallback callback)
    {
        if (!string.Equals(callback.Path.Trim('/'), Path, StringComparison.OrdinalIgnoreCase))
        {
            return CallbackResult.NotFound($"RBM calls back at '{Path}' only.");
        }
        if (!string.Equals(callback.Method, "POST", StringComparison.OrdinalIgnoreCase))
        {
            return CallbackResult.NotFound("RBM webhooks are POST requests.");
        }
        if (target?.ClientToken is not { } clientToken)
        {
            return CallbackResult.Unauthorized("No client token is configured to verify RBM webhooks with.");
        }
        JsonDocument envelope;
        try
        {
            envelope = JsonDocument.Parse(callback.Body);
        }
        catch (JsonException)
        {
            return callback.Header("X-Goog-Signature") is null
                ? CallbackResult.Unauthorized("The X-Goog-Signature header is missing.")
                : CallbackResult.Invalid("The webhook body is not JSON.");
        }
        using (envelope)
        {
            var root = envelope.RootElement;
            if (root.StringOf("clientToken") is { } offered && root.StringOf("secret") is { } secret)
            {
                return Matches(clientToken, offered)
                    ? CallbackResult.Respond(secret, "text/plain")
                    : CallbackResult.Unauthorized("The validation request's client token does not match.");
            }
            return Push(target, clientToken, callback.Header("X-Goog-Signature"), root.ObjectOf("message").StringOf("data"));
        }
    }

    private static CallbackResult Push(RbmTarget target, byte[] clientToken, string? signature, string? data)
    {
        if (signature is null)
        {
            return CallbackResult.Unauthorized("The X-Goog-Signature header is missing.");
        }
        if (data is null || Decode(data) is not { } signed || Decode(signature) is not { } claimed
            || !CryptographicOperations.FixedTimeEquals(HMACSHA512.HashData(clientToken, signed), claimed))
        {
            return CallbackResult.Unauthorized("The X-Goog-Signature signature does not match the message data.");
        }
        try
        {
            using var decoded = JsonDocument.Parse(signed);
            return RbmEvent.Read(decoded.RootElement, target.AgentId);
        }
        catch (JsonException)
        {
            return CallbackResult.Invalid("The message data is not JSON.");
        }
    }

    private static bool Matches(byte[] expected, string offered) =>
        CryptographicOperations.FixedTimeEquals(expected, Encoding.UTF8.GetBytes(offered));

    private static byte[]? Decode(string base64)
    {
        var buffer = new byte[base64.Length];
        return Convert.TryFromBase64String(base64.Trim(), buffer, out var written) ? buffer[..written] : null;
    }
}
