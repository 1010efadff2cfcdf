using System.Security.Cryptography;
using System.Text.Json;

namespace Hub.Channels.Rbm.Internals;

/// <summary>
/// The parts of a Google service account JSON key that sign a token request: <c>client_email</c> (the JWT's issuer),
/// <c>private_key</c> (PKCS#8 PEM, RS256) and <c>private_key_id</c> (the JWT's <c>kid</c>).
/// </summary>
internal sealed record ServiceAccountKey(string ClientEmail, string PrivateKeyPem, string? KeyId)
{
    public static ServiceAccountKey? TryParse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.StringOf("client_email") is not { Length: > 0 } email || root.StringOf("private_key") is not { Length: > 0 } pem)
            {
                return null;
            }
            using var rsa = RSA.Create();
            rsa.ImportFromPem(pem);
            return new ServiceAccountKey(email, pem, root.StringOf("private_key_id"));
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or CryptographicException)
        {
            return null;
        }
    }

    /// <summary>For the credential's validation: the problem with a key, without echoing any of it.</summary>
    public static string? Problem(string json) => TryParse(json) is null
        ? "Must be the service account's JSON key as Google downloads it, with client_email and an RSA private_key (PEM)."
        : null;

    /// <summary>RS256 over <paramref name="data"/> with the private key.</summary>
    public byte[] Sign(byte[] data)
    {
        using var rsa = RSA.Create();
        rsa.ImportFromPem(PrivateKeyPem);
        return rsa.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
    }
}
