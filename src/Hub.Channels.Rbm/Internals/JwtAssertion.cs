using System.Buffers;
using System.Buffers.Text;
using System.Text;
using System.Text.Json;

namespace Hub.Channels.Rbm.Internals;

/// <summary>
/// The signed JWT a service account trades for an access token (RFC 7523, Google's "OAuth 2.0 for server to server
/// applications"): <c>iss</c> the account, <c>scope</c> RBM's, <c>aud</c> the token endpoint, valid one hour.
/// </summary>
internal static class JwtAssertion
{
    public const string Scope = "https://www.googleapis.com/auth/rcsbusinessmessaging";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    public static string Create(ServiceAccountKey key, Uri audience, DateTimeOffset now)
    {
        var header = Encode(json =>
        {
            json.WriteString("alg", "RS256");
            json.WriteString("typ", "JWT");
            if (key.KeyId is { Length: > 0 } kid)
            {
                json.WriteString("kid", kid);
            }
        });
        var claims = Encode(json =>
        {
            json.WriteString("iss", key.ClientEmail);
            json.WriteString("scope", Scope);
            json.WriteString("aud", audience.AbsoluteUri);
            json.WriteNumber("iat", now.ToUnixTimeSeconds());
            json.WriteNumber("exp", (now + Lifetime).ToUnixTimeSeconds());
        });
        var signingInput = header + "." + claims;
        return signingInput + "." + Base64Url.EncodeToString(key.Sign(Encoding.ASCII.GetBytes(signingInput)));
    }

    private static string Encode(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            write(json);
            json.WriteEndObject();
        }
        return Base64Url.EncodeToString(buffer.WrittenSpan);
    }
}
