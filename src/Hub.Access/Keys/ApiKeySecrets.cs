using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Hub.Access.Keys;

/// <summary>Makes keys (<c>hub_</c> + 256 random bits, base64url) and the hash they are stored and found by.</summary>
public static class ApiKeySecrets
{
    public const string KeyPrefix = "hub_";

    /// <summary>How much of a key lists show: the prefix and six characters, too few to guess the rest from.</summary>
    public const int ShownLength = 10;

    public static string NewKey() => KeyPrefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static bool LooksLikeKey(string presented) =>
        presented.StartsWith(KeyPrefix, StringComparison.Ordinal) && presented.Length is > ShownLength and < 100;

    public static string HashOf(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public static string Shown(string key) => key[..ShownLength];
}
