using System.Security.Cryptography;
using System.Text;

namespace Hub.IntegrationTests.Channels.Webhook;

/// <summary>What a receiver does with a Standard Webhooks delivery, written from the spec, independent of Hub's signer.</summary>
public static class StandardWebhooksVerifier
{
    public static string NewSecret() => "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public static bool Verify(string secret, string? id, string? timestamp, string? signatures, byte[] body)
    {
        if (id is null || timestamp is null || signatures is null)
        {
            return false;
        }
        var key = Convert.FromBase64String(secret["whsec_".Length..]);
        var expected = "v1," + Convert.ToBase64String(HMACSHA256.HashData(key, (byte[])[.. Encoding.UTF8.GetBytes($"{id}.{timestamp}."), .. body]));
        return signatures.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Any(s => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(s), Encoding.ASCII.GetBytes(expected)));
    }
}
