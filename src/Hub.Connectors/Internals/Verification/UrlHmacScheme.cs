using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Hub.Specs;

namespace Hub.Connectors.Internals.Verification;

/// <summary>
/// <c>url-hmac</c> (Square): a header carries HMAC(secret, notification URL + raw body). The URL is the one the
/// integrator registered with the source, read from an instance setting: rebuilding it from the request would
/// break behind proxies and would let the sender choose it.
/// </summary>
internal sealed class UrlHmacScheme : IVerificationScheme
{
    private readonly string _header;
    private readonly SettingReference _url;
    private readonly HmacAlgorithm _algorithm;
    private readonly string _encoding;

    private UrlHmacScheme(string header, SettingReference url, HmacAlgorithm algorithm, string encoding)
    {
        _header = header;
        _url = url;
        _algorithm = algorithm;
        _encoding = encoding;
    }

    public IReadOnlyList<SettingReference> UsedSettings => [_url];

    public static IVerificationScheme? FromSpec(YamlMap spec)
    {
        var header = spec.NonBlankText("header", required: true);
        var url = SettingReference.Read(spec, "url_setting");
        var algorithm = spec.Choice("algorithm", HmacAlgorithm.Names) ?? (spec.Has("algorithm") ? null : "sha256");
        var encoding = spec.Choice("encoding", SignatureEncoding.Names, required: true);
        return header is null || url is null || algorithm is null || encoding is null
            ? null
            : new UrlHmacScheme(header, url, HmacAlgorithm.Named(algorithm), encoding);
    }

    public IReadOnlyList<KeyValuePair<string, string>> Sign(WebhookSigning signing)
    {
        ArgumentNullException.ThrowIfNull(signing);
        var url = _url.ValueIn(signing.Settings)?.Trim()
            ?? throw new ArgumentException($"Signing needs the notification URL the source signs: --setting {_url.Name}=URL.", nameof(signing));
        using var mac = _algorithm.CreateHmac(Encoding.UTF8.GetBytes(signing.Secret));
        mac.AppendData(Encoding.UTF8.GetBytes(url));
        mac.AppendData(signing.Body);
        return [new(_header, SignatureEncoding.Encode(_encoding, mac.GetHashAndReset()))];
    }

    public bool Verify(WebhookRequest request, IReadOnlyList<string> secrets, DateTimeOffset now, JsonObject settings)
    {
        var header = HeaderLookup.Find(request.Headers, _header);
        var url = _url.ValueIn(settings)?.Trim();
        if (string.IsNullOrWhiteSpace(header) || url is null)
        {
            return false;
        }
        Span<byte> provided = stackalloc byte[_algorithm.Size];
        if (!SignatureEncoding.TryDecode(_encoding, header.AsSpan().Trim(), provided))
        {
            return false;
        }
        var urlBytes = Encoding.UTF8.GetBytes(url);
        Span<byte> expected = stackalloc byte[_algorithm.Size];
        var verified = false;
        foreach (var key in SigningKeys.Utf8(secrets))
        {
            using var mac = _algorithm.CreateHmac(key);
            mac.AppendData(urlBytes);
            mac.AppendData(request.Body);
            mac.GetHashAndReset(expected);
            verified |= CryptographicOperations.FixedTimeEquals(expected, provided);
        }
        return verified;
    }
}
