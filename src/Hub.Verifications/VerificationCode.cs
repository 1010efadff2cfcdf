using System.Security.Cryptography;
using System.Text;

namespace Hub.Verifications;

/// <summary>Making, and hashing, codes: digits from a CSPRNG, stored as HMAC-SHA256 under a per-verification salt.</summary>
public static class VerificationCode
{
    public const int SaltBytes = 16;

    public static string Generate(int length)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 1);
        return string.Create(length, 0, static (digits, _) =>
        {
            for (var i = 0; i < digits.Length; i++)
            {
                digits[i] = (char)('0' + RandomNumberGenerator.GetInt32(10));
            }
        });
    }

    public static byte[] NewSalt() => RandomNumberGenerator.GetBytes(SaltBytes);

    public static byte[] Hash(string code, byte[] salt) => HMACSHA256.HashData(salt, Encoding.UTF8.GetBytes(code));

    /// <summary>Compares in constant time, so that the answer's timing says nothing about how close a guess was.</summary>
    public static bool Matches(string code, byte[] salt, byte[] hash) => CryptographicOperations.FixedTimeEquals(Hash(code, salt), hash);
}
