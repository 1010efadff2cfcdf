using System.Globalization;
using System.Security.Cryptography;

namespace Hub.IntegrationTests.Connectors.Golden.Signing;

/// <summary>
/// <c>timestamped-hmac</c>. Stripe and Calendly: <c>t=&lt;unix seconds&gt;,v1=&lt;hex HMAC of "t.body"&gt;</c> in one
/// header. Zendesk: the ISO 8601 time in a header of its own and the base64 HMAC of time and body, with no separator.
/// </summary>
public sealed class TimestampedHmacSigner : IVendorSigner
{
    private readonly string _signatureHeader;
    private readonly string? _timestampHeader;
    private readonly string _separator;
    private readonly MacEncoding _encoding;

    private TimestampedHmacSigner(string signatureHeader, string? timestampHeader, string separator, MacEncoding encoding)
    {
        _signatureHeader = signatureHeader;
        _timestampHeader = timestampHeader;
        _separator = separator;
        _encoding = encoding;
    }

    /// <summary>One header <c>t=...,v1=...</c> over <c>{timestamp}.{body}</c>, hex.</summary>
    public static TimestampedHmacSigner Combined(string signatureHeader) => new(signatureHeader, null, ".", MacEncoding.Hex);

    /// <summary>An ISO 8601 timestamp header beside the signature header, over <c>{timestamp}{body}</c>, base64.</summary>
    public static TimestampedHmacSigner SeparateIso8601(string signatureHeader, string timestampHeader) =>
        new(signatureHeader, timestampHeader, "", MacEncoding.Base64);

    public void Sign(OutgoingWebhook webhook)
    {
        var timestamp = _timestampHeader is null
            ? webhook.SignedAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)
            : webhook.SignedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var signature = Mac.Encode(
            Mac.Hmac(HashAlgorithmName.SHA256, Mac.Utf8(webhook.Secret), Mac.Utf8(timestamp + _separator), webhook.Body), _encoding);
        if (_timestampHeader is null)
        {
            webhook.Headers[_signatureHeader] = $"t={timestamp},v1={signature}";
        }
        else
        {
            webhook.Headers[_timestampHeader] = timestamp;
            webhook.Headers[_signatureHeader] = signature;
        }
    }
}
