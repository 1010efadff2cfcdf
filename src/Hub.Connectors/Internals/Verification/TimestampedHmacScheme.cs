using System.Text.Json.Nodes;
using Hub.Specs;

namespace Hub.Connectors.Internals.Verification;

/// <summary>
/// <c>timestamped-hmac</c>: HMAC over a payload that includes the signing time, which must be recent. Either one
/// header carries both (<c>t=&lt;unix&gt;,v1=&lt;hex&gt;[,v1=...]</c>: Stripe, Calendly) or a second header carries the
/// time (<c>timestamp_header</c>: Zendesk).
/// </summary>
internal sealed class TimestampedHmacScheme : IVerificationScheme
{
    private readonly TimestampedHmacOptions _options;

    private TimestampedHmacScheme(TimestampedHmacOptions options)
    {
        _options = options;
    }

    public static IVerificationScheme? FromSpec(YamlMap spec) =>
        TimestampedHmacOptions.Read(spec) is { } options ? new TimestampedHmacScheme(options) : null;

    public IReadOnlyList<KeyValuePair<string, string>> Sign(WebhookSigning signing)
    {
        ArgumentNullException.ThrowIfNull(signing);
        var o = _options;
        var timestamp = TimestampFormat.Format(o.TimestampFormat, signing.Now);
        using var mac = o.Algorithm.CreateHmac(System.Text.Encoding.UTF8.GetBytes(signing.Secret));
        o.SignedPayload.AppendTo(mac, timestamp, signing.Body);
        var signature = SignatureEncoding.Encode(o.Encoding, mac.GetHashAndReset());
        return o.TimestampHeader is null
            ? [new(o.SignatureHeader, $"{o.TimestampKey}={timestamp},{o.SignatureKey}={signature}")]
            : [new(o.SignatureHeader, signature), new(o.TimestampHeader, timestamp)];
    }

    public bool Verify(WebhookRequest request, IReadOnlyList<string> secrets, DateTimeOffset now, JsonObject settings)
    {
        var o = _options;
        if (!TryReadHeaders(request, out var timestamp, out var signatures)
            || !TimestampFormat.TryParse(o.TimestampFormat, timestamp, out var signedAt)
            || !ReplayWindow.Contains(signedAt, now, o.Tolerance))
        {
            return false;
        }
        var provided = signatures
            .Select(s => SignatureEncoding.Decode(o.Encoding, s, o.Algorithm.Size))
            .OfType<byte[]>()
            .ToList();
        if (provided.Count == 0)
        {
            return false;
        }
        Span<byte> expected = stackalloc byte[o.Algorithm.Size];
        var verified = false;
        foreach (var key in SigningKeys.Utf8(secrets))
        {
            using var mac = o.Algorithm.CreateHmac(key);
            o.SignedPayload.AppendTo(mac, timestamp, request.Body);
            mac.GetHashAndReset(expected);
            verified |= MacComparison.AnyEquals(expected, provided);
        }
        return verified;
    }

    private bool TryReadHeaders(WebhookRequest request, out string timestamp, out List<string> signatures)
    {
        var o = _options;
        timestamp = string.Empty;
        signatures = [];
        var signature = HeaderLookup.Find(request.Headers, o.SignatureHeader);
        if (string.IsNullOrWhiteSpace(signature))
        {
            return false;
        }
        if (o.TimestampHeader is null)
        {
            return SignatureHeaderList.TryParse(signature, o.TimestampKey, o.SignatureKey, out timestamp, out signatures);
        }
        timestamp = HeaderLookup.Find(request.Headers, o.TimestampHeader)?.Trim() ?? string.Empty;
        signatures.Add(signature.Trim());
        return timestamp.Length > 0;
    }
}
