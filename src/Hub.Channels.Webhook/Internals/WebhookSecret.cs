namespace Hub.Channels.Webhook.Internals;

/// <summary>
/// A Standard Webhooks secret: <c>whsec_</c> + base64 of the HMAC key. Only this form is accepted, not a raw string:
/// receivers' Standard Webhooks libraries take exactly this form, and with a raw string it would be ambiguous whether
/// the key is its bytes or its base64 decoding.
/// </summary>
internal static class WebhookSecret
{
    public const string Prefix = "whsec_";
    private const int MinimumKeyBytes = 24;
    private const int MaximumKeyBytes = 64;

    public static byte[]? TryDecode(string secret)
    {
        if (!secret.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }
        var buffer = new byte[secret.Length];
        return Convert.TryFromBase64String(secret[Prefix.Length..], buffer, out var written) && written is >= MinimumKeyBytes and <= MaximumKeyBytes
            ? buffer[..written]
            : null;
    }

    public static string? Problem(string secret) =>
        TryDecode(secret) is null
            ? $"Must be '{Prefix}' followed by {MinimumKeyBytes} to {MaximumKeyBytes} bytes in base64, e.g. whsec_$(openssl rand -base64 32)."
            : null;
}
