using System.Security.Cryptography;

namespace Hub.Connectors.Internals.Verification;

/// <summary>An HMAC hash function a spec may name, with the size of the MAC it produces.</summary>
internal sealed class HmacAlgorithm
{
    private static readonly Dictionary<string, HmacAlgorithm> ByName = new(StringComparer.Ordinal)
    {
        // SHA-1 only because some sources still sign with it; HMAC-SHA1 remains sound as a MAC.
        ["sha1"] = new(HashAlgorithmName.SHA1, 20),
        ["sha256"] = new(HashAlgorithmName.SHA256, 32),
        ["sha512"] = new(HashAlgorithmName.SHA512, 64),
    };

    private readonly HashAlgorithmName _hash;

    private HmacAlgorithm(HashAlgorithmName hash, int size)
    {
        _hash = hash;
        Size = size;
    }

    public static IReadOnlyCollection<string> Names => ByName.Keys;

    public int Size { get; }

    public static HmacAlgorithm Named(string name) => ByName[name];

    public void Compute(ReadOnlySpan<byte> key, ReadOnlySpan<byte> data, Span<byte> mac) =>
        CryptographicOperations.HmacData(_hash, key, data, mac);

    /// <summary>For a signed payload made of several parts, so that the body is hashed where it lies rather than copied.</summary>
    public IncrementalHash CreateHmac(ReadOnlySpan<byte> key) => IncrementalHash.CreateHMAC(_hash, key);
}
