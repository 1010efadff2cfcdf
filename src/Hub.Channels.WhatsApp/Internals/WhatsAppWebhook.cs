using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Hub.Channels.WhatsApp.Internals;

/// <summary>
/// The one callback path, <c>/providers/{id}/webhook</c>: Meta's GET subscription handshake (answered with
/// <c>hub.challenge</c> when <c>hub.verify_token</c> is the instance's) and its signed POST notifications.
/// </summary>
internal static class WhatsAppWebhook
{
    public const string Path = "webhook";

    public static CallbackResult Handle(WhatsAppTarget? target, ProviderCallback callback)
    {
        if (!string.Equals(callback.Path.Trim('/'), Path, StringComparison.OrdinalIgnoreCase))
        {
            return CallbackResult.NotFound($"WhatsApp calls back at '{Path}' only.");
        }
        if (target is null)
        {
            return CallbackResult.Unauthorized("This WhatsApp provider is not fully configured.");
        }
        return callback.Method.ToUpperInvariant() switch
        {
            "GET" => Handshake(target, callback),
            "POST" => Notification(target, callback),
            _ => CallbackResult.NotFound("WhatsApp webhooks are GET (verification) or POST (notifications)."),
        };
    }

    private static CallbackResult Handshake(WhatsAppTarget target, ProviderCallback callback)
    {
        var token = callback.Query.GetValueOrDefault("hub.verify_token");
        if (target.VerifyToken is not { Length: > 0 } expected || token is null
            || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(token)))
        {
            return CallbackResult.Unauthorized("The verify token does not match.");
        }
        if (callback.Query.GetValueOrDefault("hub.mode") != "subscribe" || callback.Query.GetValueOrDefault("hub.challenge") is not { Length: > 0 } challenge)
        {
            return CallbackResult.Invalid("A verification request has hub.mode=subscribe and a hub.challenge.");
        }
        return CallbackResult.Respond(challenge, "text/plain");
    }

    private static CallbackResult Notification(WhatsAppTarget target, ProviderCallback callback)
    {
        if (target.AppSecret is null)
        {
            return CallbackResult.Unauthorized("No app secret is configured to verify the signature with.");
        }
        var signature = callback.Header("X-Hub-Signature-256");
        if (signature is null)
        {
            return CallbackResult.Unauthorized("The X-Hub-Signature-256 header is missing.");
        }
        if (!HubSignature.Verify(target.AppSecret, signature, callback.Body.Span))
        {
            return CallbackResult.Unauthorized("The X-Hub-Signature-256 signature does not match the body.");
        }
        try
        {
            using var document = JsonDocument.Parse(callback.Body);
            return WhatsAppNotification.Read(document.RootElement);
        }
        catch (JsonException)
        {
            return CallbackResult.Invalid("The notification is not JSON.");
        }
    }
}
