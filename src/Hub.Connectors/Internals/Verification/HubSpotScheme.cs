using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Hub.Specs;

namespace Hub.Connectors.Internals.Verification;

/// <summary>
/// <c>hubspot</c>: HubSpot's three signature versions, with the app's client secret. v3
/// (<c>X-HubSpot-Signature-v3</c>) is an HMAC over method, URI, body and a millisecond timestamp that must be recent;
/// v1 and v2 (<c>X-HubSpot-Signature</c>, chosen by <c>X-HubSpot-Signature-Version</c>) are plain SHA-256 hashes of the
/// secret and the request, with no timestamp. The URI is the one registered with HubSpot, read from a setting.
/// </summary>
internal sealed class HubSpotScheme : IVerificationScheme
{
    private const string V3SignatureHeader = "X-HubSpot-Signature-v3";
    private const string V3TimestampHeader = "X-HubSpot-Request-Timestamp";
    private const string SignatureHeader = "X-HubSpot-Signature";
    private const string VersionHeader = "X-HubSpot-Signature-Version";
    private const int HashSize = 32;

    private readonly HubSpotOptions _options;

    private HubSpotScheme(HubSpotOptions options)
    {
        _options = options;
    }

    public IReadOnlyList<SettingReference> UsedSettings => _options.Url is null ? [] : [_options.Url];

    public static IVerificationScheme? FromSpec(YamlMap spec) =>
        HubSpotOptions.Read(spec) is { } options ? new HubSpotScheme(options) : null;

    /// <summary>v3 (method POST, the webhook URL setting, body and a millisecond timestamp), the one HubSpot sends today.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Sign(WebhookSigning signing)
    {
        ArgumentNullException.ThrowIfNull(signing);
        if (!_options.Allows(HubSpotOptions.V3))
        {
            throw new NotSupportedException("This spec does not accept v3 signatures, the only kind sign writes.");
        }
        var uri = _options.Url?.ValueIn(signing.Settings)?.Trim()
            ?? throw new ArgumentException($"Signing needs the webhook URL HubSpot signs: --setting {_options.Url?.Name ?? "webhookUrl"}=URL.", nameof(signing));
        var timestamp = TimestampFormat.Format(TimestampFormat.UnixMilliseconds, signing.Now);
        using var mac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(signing.Secret));
        mac.AppendData(Encoding.UTF8.GetBytes("POST" + HubSpotUri.ForV3(uri)));
        mac.AppendData(signing.Body);
        mac.AppendData(Encoding.UTF8.GetBytes(timestamp));
        return [new(V3SignatureHeader, Convert.ToBase64String(mac.GetHashAndReset())), new(V3TimestampHeader, timestamp)];
    }

    public bool Verify(WebhookRequest request, IReadOnlyList<string> secrets, DateTimeOffset now, JsonObject settings)
    {
        var uri = _options.Url?.ValueIn(settings)?.Trim();
        // When v3 is present it decides: falling back to v1/v2 would let a replay strip it and use the timeless hash.
        if (_options.Allows(HubSpotOptions.V3) && HeaderLookup.Find(request.Headers, V3SignatureHeader) is { } v3 && !string.IsNullOrWhiteSpace(v3))
        {
            return uri is not null && VerifyV3(request, v3, uri, secrets, now);
        }
        var signature = HeaderLookup.Find(request.Headers, SignatureHeader);
        var version = HeaderLookup.Find(request.Headers, VersionHeader)?.Trim();
        if (string.IsNullOrWhiteSpace(signature) || version is null || !_options.Allows(version))
        {
            return false;
        }
        return version switch
        {
            HubSpotOptions.V1 => VerifyHash(request, signature, null, secrets),
            HubSpotOptions.V2 => uri is not null && VerifyHash(request, signature, request.Method + uri, secrets),
            _ => false,
        };
    }

    private bool VerifyV3(WebhookRequest request, string signature, string uri, IReadOnlyList<string> secrets, DateTimeOffset now)
    {
        var timestamp = HeaderLookup.Find(request.Headers, V3TimestampHeader)?.Trim();
        Span<byte> provided = stackalloc byte[HashSize];
        if (timestamp is null
            || !TimestampFormat.TryParse(TimestampFormat.UnixMilliseconds, timestamp, out var signedAt)
            || !ReplayWindow.Contains(signedAt, now, _options.Tolerance)
            || !SignatureEncoding.TryDecode(SignatureEncoding.Base64, signature.AsSpan().Trim(), provided))
        {
            return false;
        }
        var head = Encoding.UTF8.GetBytes(request.Method + HubSpotUri.ForV3(uri));
        var tail = Encoding.UTF8.GetBytes(timestamp);
        Span<byte> expected = stackalloc byte[HashSize];
        var verified = false;
        foreach (var key in SigningKeys.Utf8(secrets))
        {
            using var mac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
            mac.AppendData(head);
            mac.AppendData(request.Body);
            mac.AppendData(tail);
            mac.GetHashAndReset(expected);
            verified |= CryptographicOperations.FixedTimeEquals(expected, provided);
        }
        return verified;
    }

    /// <summary>v1: SHA-256(secret + body); v2: SHA-256(secret + method + URI + body). A hash, not an HMAC.</summary>
    private static bool VerifyHash(WebhookRequest request, string signature, string? methodAndUri, IReadOnlyList<string> secrets)
    {
        Span<byte> provided = stackalloc byte[HashSize];
        if (!SignatureEncoding.TryDecode(SignatureEncoding.Hex, signature.AsSpan().Trim(), provided))
        {
            return false;
        }
        var middle = methodAndUri is null ? [] : Encoding.UTF8.GetBytes(methodAndUri);
        Span<byte> expected = stackalloc byte[HashSize];
        var verified = false;
        foreach (var secret in SigningKeys.Utf8(secrets))
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            hash.AppendData(secret);
            hash.AppendData(middle);
            hash.AppendData(request.Body);
            hash.GetHashAndReset(expected);
            verified |= CryptographicOperations.FixedTimeEquals(expected, provided);
        }
        return verified;
    }
}
