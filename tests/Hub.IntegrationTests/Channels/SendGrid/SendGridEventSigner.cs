using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Hub.Channels;

namespace Hub.IntegrationTests.Channels.SendGrid;

/// <summary>
/// Signs Event Webhook batches as SendGrid does (ECDSA P-256, SHA-256 over the timestamp then the raw body, DER
/// signature in base64), with a key of the test's own; its public key is what an instance is configured with.
/// </summary>
public sealed class SendGridEventSigner : IDisposable
{
    public const string SignatureHeader = "X-Twilio-Email-Event-Webhook-Signature";
    public const string TimestampHeader = "X-Twilio-Email-Event-Webhook-Timestamp";

    private readonly ECDsa _key = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    public string PublicKey => Convert.ToBase64String(_key.ExportSubjectPublicKeyInfo());

    public string Sign(string timestamp, byte[] body) =>
        Convert.ToBase64String(_key.SignData([.. Encoding.UTF8.GetBytes(timestamp), .. body], HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence));

    /// <summary>A POST to <c>/providers/{id}/events</c> as SendGrid sends it, signed now.</summary>
    public ProviderCallback SignedCallback(byte[] body, string path = "events")
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return Callback(body, new Dictionary<string, string> { [SignatureHeader] = Sign(timestamp, body), [TimestampHeader] = timestamp }, path);
    }

    public static ProviderCallback Callback(byte[] body, IReadOnlyDictionary<string, string> signatureHeaders, string path = "events")
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["Content-Type"] = "application/json",
            ["User-Agent"] = "SendGrid Event API",
        };
        foreach (var (name, value) in signatureHeaders)
        {
            headers[name] = value;
        }
        return new ProviderCallback("POST", path, new Uri($"https://hub.example/providers/sendgrid-mail/{path}"), headers,
            new Dictionary<string, string>(), body);
    }

    public void Dispose() => _key.Dispose();
}
