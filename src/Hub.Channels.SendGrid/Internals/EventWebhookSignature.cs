using System.Security.Cryptography;
using System.Text;

namespace Hub.Channels.SendGrid.Internals;

/// <summary>
/// SendGrid's signed Event Webhook: <c>X-Twilio-Email-Event-Webhook-Signature</c> is base64 of a DER ECDSA P-256
/// signature of SHA-256 over the UTF-8 <c>X-Twilio-Email-Event-Webhook-Timestamp</c> followed by the raw body, byte for
/// byte (the trailing CRLF SendGrid sends included). The key is base64 of a DER SubjectPublicKeyInfo.
/// </summary>
internal static class EventWebhookSignature
{
    public const string SignatureHeader = "X-Twilio-Email-Event-Webhook-Signature";
    public const string TimestampHeader = "X-Twilio-Email-Event-Webhook-Timestamp";

    /// <summary>The key's DER bytes, or null when it is not a P-256 public key in base64.</summary>
    public static byte[]? DecodeKey(string key)
    {
        try
        {
            var der = Convert.FromBase64String(key.Trim());
            using var ecdsa = ECDsa.Create();
            ecdsa.ImportSubjectPublicKeyInfo(der, out _);
            return ecdsa.KeySize == 256 ? der : null;
        }
        catch (Exception ex) when (ex is FormatException or CryptographicException)
        {
            return null;
        }
    }

    public static string? KeyProblem(string key) =>
        DecodeKey(key) is null ? "Must be the Event Webhook's verification key: base64 of an ECDSA P-256 public key (MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE...)." : null;

    public static bool Verify(byte[] publicKey, string timestamp, string signature, ReadOnlySpan<byte> body)
    {
        var buffer = new byte[signature.Length];
        if (!Convert.TryFromBase64String(signature.Trim(), buffer, out var written))
        {
            return false;
        }
        var stamp = Encoding.UTF8.GetBytes(timestamp);
        var signed = new byte[stamp.Length + body.Length];
        stamp.CopyTo(signed, 0);
        body.CopyTo(signed.AsSpan(stamp.Length));
        try
        {
            using var ecdsa = ECDsa.Create();
            ecdsa.ImportSubjectPublicKeyInfo(publicKey, out _);
            return ecdsa.VerifyData(signed, buffer.AsSpan(0, written), HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        }
        catch (CryptographicException)
        {
            return false;
        }
    }
}
