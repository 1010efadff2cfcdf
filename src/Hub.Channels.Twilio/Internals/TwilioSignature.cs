using System.Security.Cryptography;
using System.Text;

namespace Hub.Channels.Twilio.Internals;

/// <summary>
/// Twilio's request signature (Twilio "Webhooks security"): <c>X-Twilio-Signature</c> = base64 of HMAC-SHA1 keyed
/// with the auth token over the full URL Twilio called followed by every POST parameter's name and value, sorted by
/// name. Like Twilio's own validators it accepts the URL with and without the scheme's default port, since proxies
/// differ in whether they keep it.
/// </summary>
internal static class TwilioSignature
{
    public static string Compute(byte[] authToken, string url, IEnumerable<KeyValuePair<string, string>> parameters)
    {
        var signed = new StringBuilder(url);
        foreach (var (name, value) in parameters.OrderBy(p => p.Key, StringComparer.Ordinal).ThenBy(p => p.Value, StringComparer.Ordinal))
        {
            signed.Append(name).Append(value);
        }
#pragma warning disable CA5350 // Twilio's scheme is HMAC-SHA1; Hub verifies what Twilio sends, it does not choose the algorithm.
        return Convert.ToBase64String(HMACSHA1.HashData(authToken, Encoding.UTF8.GetBytes(signed.ToString())));
#pragma warning restore CA5350
    }

    public static bool Verify(byte[] authToken, Uri url, IReadOnlyList<KeyValuePair<string, string>> parameters, string? signature)
    {
        if (string.IsNullOrEmpty(signature))
        {
            return false;
        }
        var presented = Encoding.ASCII.GetBytes(signature.Trim());
        var matched = false;
        foreach (var candidate in Candidates(url))
        {
            // Every candidate is checked, matched or not, so that timing says nothing about which one matched.
            matched |= CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Compute(authToken, candidate, parameters)), presented);
        }
        return matched;
    }

    private static HashSet<string> Candidates(Uri url)
    {
        var authority = url.IsDefaultPort ? url.Host : $"{url.Host}:{url.Port}";
        return new HashSet<string>(StringComparer.Ordinal)
        {
            url.OriginalString,
            url.AbsoluteUri,
            $"{url.Scheme}://{authority}{url.PathAndQuery}",
            url.IsDefaultPort ? $"{url.Scheme}://{url.Host}:{url.Port}{url.PathAndQuery}" : $"{url.Scheme}://{url.Host}{url.PathAndQuery}",
        };
    }
}
