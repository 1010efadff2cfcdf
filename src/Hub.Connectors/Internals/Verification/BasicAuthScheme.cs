using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Hub.Specs;

namespace Hub.Connectors.Internals.Verification;

/// <summary>
/// <c>basic-auth</c>: the source sends HTTP Basic credentials the integrator chose when registering the webhook
/// (Pipedrive). The username is an instance setting; the password is the connector secret.
/// </summary>
internal sealed class BasicAuthScheme : IVerificationScheme
{
    private const string Prefix = "Basic ";
    private const byte Colon = (byte)':';

    private readonly SettingReference _username;

    private BasicAuthScheme(SettingReference username)
    {
        _username = username;
    }

    public IReadOnlyList<SettingReference> UsedSettings => [_username];

    public static IVerificationScheme? FromSpec(YamlMap spec) =>
        SettingReference.Read(spec, "username_setting") is { } username ? new BasicAuthScheme(username) : null;

    public IReadOnlyList<KeyValuePair<string, string>> Sign(WebhookSigning signing)
    {
        ArgumentNullException.ThrowIfNull(signing);
        var username = _username.ValueIn(signing.Settings)
            ?? throw new ArgumentException($"Signing needs the Basic username: --setting {_username.Name}=NAME.", nameof(signing));
        return [new("Authorization", Prefix + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{username}:{signing.Secret}")))];
    }

    public bool Verify(WebhookRequest request, IReadOnlyList<string> secrets, DateTimeOffset now, JsonObject settings)
    {
        var username = _username.ValueIn(settings);
        var header = HeaderLookup.Find(request.Headers, "Authorization")?.Trim();
        if (username is null || header is null || !header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var encoded = header.AsSpan(Prefix.Length).Trim();
        var credentials = new byte[encoded.Length * 3 / 4 + 3];
        if (!Convert.TryFromBase64Chars(encoded, credentials, out var length))
        {
            return false;
        }
        // Split on the first colon (RFC 7617: the user-id cannot contain one; the password can). Bytes, not text:
        // a colon byte never occurs inside a multi-byte UTF-8 sequence, and nothing here can fail to decode.
        var pair = credentials.AsSpan(0, length);
        var colon = pair.IndexOf(Colon);
        if (colon < 0)
        {
            return false;
        }
        var usernameMatches = EqualsText(pair[..colon], username);
        var passwordMatches = false;
        foreach (var secret in secrets.Where(s => !string.IsNullOrEmpty(s)))
        {
            passwordMatches |= EqualsText(pair[(colon + 1)..], secret);
        }
        return usernameMatches & passwordMatches;
    }

    /// <summary>Compares digests, so that the time taken reveals neither the content nor the length of the expected value.</summary>
    private static bool EqualsText(ReadOnlySpan<byte> provided, string expected) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(provided), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
