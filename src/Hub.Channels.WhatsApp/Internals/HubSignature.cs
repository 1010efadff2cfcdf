using System.Security.Cryptography;
using System.Text;

namespace Hub.Channels.WhatsApp.Internals;

/// <summary>
/// Meta's webhook signature: <c>X-Hub-Signature-256: sha256=</c> + lowercase hex of HMAC-SHA256(app secret, the raw
/// body). Compared in constant time; hex case is not significant.
/// </summary>
internal static class HubSignature
{
    private const string Prefix = "sha256=";

    public static bool Verify(byte[] appSecret, string? header, ReadOnlySpan<byte> body)
    {
        if (header is null || !header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        byte[] claimed;
        try
        {
            claimed = Convert.FromHexString(header.AsSpan(Prefix.Length).Trim());
        }
        catch (FormatException)
        {
            return false;
        }
        Span<byte> expected = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(appSecret, body, expected);
        return CryptographicOperations.FixedTimeEquals(expected, claimed);
    }

    /// <summary>The header value for a body (what Meta sends; tests sign documented samples with it).</summary>
    public static string Sign(string appSecret, ReadOnlySpan<byte> body) =>
        Prefix + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(appSecret), body));
}
