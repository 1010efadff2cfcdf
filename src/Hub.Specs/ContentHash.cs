using System.Security.Cryptography;
using System.Text;

namespace Hub.Specs;

public static class ContentHash
{
    /// <summary>
    /// First 12 hex digits of SHA-256; line endings are normalised so a Windows checkout gives the same version.
    /// </summary>
    public static string Of(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text.Replace("\r\n", "\n", StringComparison.Ordinal));
        return Convert.ToHexStringLower(SHA256.HashData(bytes))[..12];
    }
}
