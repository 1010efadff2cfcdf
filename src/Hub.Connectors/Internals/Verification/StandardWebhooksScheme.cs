using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Hub.Specs;

namespace Hub.Connectors.Internals.Verification;

/// <summary>
/// <c>standard-webhooks</c> (standardwebhooks.com, spec 1.0): <c>webhook-signature</c> holds space-separated
/// <c>v1,&lt;base64 HMAC-SHA256&gt;</c> entries over <c>{webhook-id}.{webhook-timestamp}.{body}</c>; the timestamp
/// (Unix seconds) must be recent. Header names are configurable for senders that rename them (BigCommerce keeps them).
/// </summary>
internal sealed class StandardWebhooksScheme : IVerificationScheme
{
    private const int MacSize = 32;
    private const string SymmetricVersion = "v1";

    private readonly StandardWebhooksOptions _options;

    private StandardWebhooksScheme(StandardWebhooksOptions options)
    {
        _options = options;
    }

    public static IVerificationScheme? FromSpec(YamlMap spec) =>
        StandardWebhooksOptions.Read(spec) is { } options ? new StandardWebhooksScheme(options) : null;

    public IReadOnlyList<KeyValuePair<string, string>> Sign(WebhookSigning signing)
    {
        ArgumentNullException.ThrowIfNull(signing);
        var o = _options;
        var key = Keys([signing.Secret]).FirstOrDefault()
            ?? throw new ArgumentException("The secret is not a Standard Webhooks key (base64, optionally after whsec_).", nameof(signing));
        var id = $"msg_{Guid.CreateVersion7():N}";
        var timestamp = TimestampFormat.Format(TimestampFormat.Unix, signing.Now);
        using var mac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        mac.AppendData(Encoding.UTF8.GetBytes($"{id}.{timestamp}."));
        mac.AppendData(signing.Body);
        return [new(o.IdHeader, id), new(o.TimestampHeader, timestamp), new(o.SignatureHeader, $"{SymmetricVersion},{Convert.ToBase64String(mac.GetHashAndReset())}")];
    }

    public bool Verify(WebhookRequest request, IReadOnlyList<string> secrets, DateTimeOffset now, JsonObject settings)
    {
        var o = _options;
        var id = HeaderLookup.Find(request.Headers, o.IdHeader)?.Trim();
        var timestamp = HeaderLookup.Find(request.Headers, o.TimestampHeader)?.Trim();
        var signatures = HeaderLookup.Find(request.Headers, o.SignatureHeader);
        if (string.IsNullOrEmpty(id) || string.IsNullOrEmpty(timestamp) || string.IsNullOrWhiteSpace(signatures)
            || !TimestampFormat.TryParse(TimestampFormat.Unix, timestamp, out var signedAt)
            || !ReplayWindow.Contains(signedAt, now, o.Tolerance))
        {
            return false;
        }
        var provided = Signatures(signatures);
        if (provided.Count == 0)
        {
            return false;
        }
        var prefix = Encoding.UTF8.GetBytes($"{id}.{timestamp}.");
        Span<byte> expected = stackalloc byte[MacSize];
        var verified = false;
        foreach (var key in Keys(secrets))
        {
            using var mac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
            mac.AppendData(prefix);
            mac.AppendData(request.Body);
            mac.GetHashAndReset(expected);
            verified |= MacComparison.AnyEquals(expected, provided);
        }
        return verified;
    }

    /// <summary>The <c>v1</c> entries; other versions (<c>v1a</c> asymmetric, future ones) are not ours to check.</summary>
    private static List<byte[]> Signatures(string header)
    {
        var result = new List<byte[]>();
        foreach (var entry in header.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var comma = entry.IndexOf(',', StringComparison.Ordinal);
            if (comma > 0 && entry.AsSpan(0, comma).SequenceEqual(SymmetricVersion)
                && SignatureEncoding.Decode(SignatureEncoding.Base64, entry.AsSpan(comma + 1), MacSize) is { } mac)
            {
                result.Add(mac);
            }
        }
        return result;
    }

    private IEnumerable<byte[]> Keys(IReadOnlyList<string> secrets) =>
        _options.SecretEncoding == StandardWebhooksOptions.Utf8Secret
            ? SigningKeys.Utf8(secrets)
            : secrets.Select(StandardWebhooksOptions.DecodeSecret).OfType<byte[]>();
}
