using System.Security.Cryptography;

namespace Hub.Channels.LinkMobility.Internals;

/// <summary>
/// Checks the HTTP Basic credentials LINK's gate sends with each callback (the gate destination's username and
/// password) against the instance's callback credentials. Both sides are hashed before the constant-time compare,
/// so that neither the content nor the length of the expected credentials leaks through timing.
/// </summary>
internal static class GateAuthentication
{
    public static string? Problem(byte[]? expected, string? authorization)
    {
        if (expected is null)
        {
            return "This LINK instance has no callbackUsername/callbackPassword, so no callback can be verified.";
        }
        const string scheme = "Basic ";
        if (authorization is null || !authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return "The callback carries no HTTP Basic credentials.";
        }
        var encoded = authorization.AsSpan(scheme.Length).Trim();
        var presented = new byte[encoded.Length];
        if (!Convert.TryFromBase64Chars(encoded, presented, out var written))
        {
            return "The callback's HTTP Basic credentials are not base64.";
        }
        return CryptographicOperations.FixedTimeEquals(SHA256.HashData(presented.AsSpan(0, written)), SHA256.HashData(expected))
            ? null
            : "The callback's HTTP Basic credentials do not match the instance's callback credentials.";
    }
}
