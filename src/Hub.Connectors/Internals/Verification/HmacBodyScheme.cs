using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Hub.Specs;

namespace Hub.Connectors.Internals.Verification;

/// <summary>
/// <c>hmac-body</c>: a header carries HMAC(secret, raw body), optionally after a prefix such as <c>sha256=</c>
/// (Shopify, WooCommerce, GitHub-style senders).
/// </summary>
internal sealed class HmacBodyScheme : IVerificationScheme
{
    private readonly string _header;
    private readonly HmacAlgorithm _algorithm;
    private readonly string _encoding;
    private readonly string? _prefix;

    private HmacBodyScheme(string header, HmacAlgorithm algorithm, string encoding, string? prefix)
    {
        _header = header;
        _algorithm = algorithm;
        _encoding = encoding;
        _prefix = prefix;
    }

    public static IVerificationScheme? FromSpec(YamlMap spec)
    {
        var header = spec.NonBlankText("header", required: true);
        var algorithm = spec.Choice("algorithm", HmacAlgorithm.Names) ?? (spec.Has("algorithm") ? null : "sha256");
        var encoding = spec.Choice("encoding", SignatureEncoding.Names, required: true);
        var prefix = spec.NonBlankText("prefix");
        return header is null || algorithm is null || encoding is null
            ? null
            : new HmacBodyScheme(header, HmacAlgorithm.Named(algorithm), encoding, prefix);
    }

    public IReadOnlyList<KeyValuePair<string, string>> Sign(WebhookSigning signing)
    {
        ArgumentNullException.ThrowIfNull(signing);
        Span<byte> mac = stackalloc byte[_algorithm.Size];
        _algorithm.Compute(Encoding.UTF8.GetBytes(signing.Secret), signing.Body, mac);
        return [new(_header, (_prefix ?? "") + SignatureEncoding.Encode(_encoding, mac))];
    }

    public bool Verify(WebhookRequest request, IReadOnlyList<string> secrets, DateTimeOffset now, JsonObject settings)
    {
        var header = HeaderLookup.Find(request.Headers, _header);
        if (string.IsNullOrWhiteSpace(header))
        {
            return false;
        }
        var text = header.AsSpan().Trim();
        if (_prefix is not null)
        {
            if (!text.StartsWith(_prefix, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
            text = text[_prefix.Length..];
        }
        Span<byte> provided = stackalloc byte[_algorithm.Size];
        if (!SignatureEncoding.TryDecode(_encoding, text, provided))
        {
            return false;
        }
        Span<byte> expected = stackalloc byte[_algorithm.Size];
        var verified = false;
        foreach (var secret in secrets)
        {
            // An empty key is a configuration mistake, and anyone can compute an HMAC with it.
            if (string.IsNullOrEmpty(secret))
            {
                continue;
            }
            _algorithm.Compute(Encoding.UTF8.GetBytes(secret), request.Body, expected);
            verified |= CryptographicOperations.FixedTimeEquals(expected, provided);
        }
        return verified;
    }
}
