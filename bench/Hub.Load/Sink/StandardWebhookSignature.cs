using System.Security.Cryptography;
using System.Text;

namespace Hub.Load.Sink;

/// <summary>
/// Standard Webhooks signing (standardwebhooks.com): <c>v1,</c> + base64 HMAC-SHA256 of <c>{id}.{timestamp}.{body}</c>
/// with the base64 key after <c>whsec_</c>. The <c>webhook-signature</c> header may carry several space-separated signatures.
/// </summary>
internal sealed class StandardWebhookSignature
{
    private readonly byte[] key;

    public StandardWebhookSignature(string secret)
    {
        Secret = secret;
        key = Convert.FromBase64String(secret.StartsWith("whsec_", StringComparison.Ordinal) ? secret["whsec_".Length..] : secret);
    }

    public string Secret { get; }

    public static StandardWebhookSignature CreateRandom() =>
        new("whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));

    public string Sign(string id, string timestamp, ReadOnlySpan<byte> body) => "v1," + Convert.ToBase64String(Hash(id, timestamp, body));

    public bool Verify(string? id, string? timestamp, string? signatures, ReadOnlySpan<byte> body)
    {
        if (id is null || timestamp is null || signatures is null)
        {
            return false;
        }
        var expected = Hash(id, timestamp, body);
        var actual = new byte[expected.Length];
        foreach (var candidate in signatures.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (candidate.StartsWith("v1,", StringComparison.Ordinal)
                && Convert.TryFromBase64String(candidate[3..], actual, out var written) && written == expected.Length
                && CryptographicOperations.FixedTimeEquals(actual, expected))
            {
                return true;
            }
        }
        return false;
    }

    private byte[] Hash(string id, string timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes($"{id}.{timestamp}.");
        var content = new byte[prefix.Length + body.Length];
        prefix.CopyTo(content, 0);
        body.CopyTo(content.AsSpan(prefix.Length));
        return HMACSHA256.HashData(key, content);
    }
}
