using System.Security.Cryptography;
using System.Text;

namespace Hub.IntegrationTests.Connectors.Golden.Signing;

/// <summary>HMAC over concatenated parts, and the two text encodings vendors use for it.</summary>
public static class Mac
{
    public static byte[] Hmac(HashAlgorithmName algorithm, byte[] key, params byte[][] parts)
    {
        using var mac = IncrementalHash.CreateHMAC(algorithm, key);
        foreach (var part in parts)
        {
            mac.AppendData(part);
        }
        return mac.GetHashAndReset();
    }

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    public static string Encode(byte[] mac, MacEncoding encoding) =>
        encoding == MacEncoding.Hex ? Convert.ToHexStringLower(mac) : Convert.ToBase64String(mac);
}
