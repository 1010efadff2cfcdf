using System.Globalization;
using System.Text.Json;

namespace Hub.Channels.Rbm.Internals;

/// <summary>
/// Trades the service account's signed JWT for an access token: <c>POST {tokenUrl}</c>, form-encoded
/// <c>grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer&amp;assertion=...</c>, answered with
/// <c>{"access_token", "expires_in", "token_type"}</c>. A refused key (<c>invalid_grant</c>, <c>invalid_client</c>) is
/// permanent; the endpoint's outages are transient, like an outage of the API itself.
/// </summary>
internal static class GoogleTokenEndpoint
{
    public const string GrantType = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    public static async Task<TokenAnswer> FetchAsync(HttpClient client, RbmTarget target, TimeProvider time, CancellationToken cancellationToken)
    {
        if (target.Key is not { } key)
        {
            return new TokenAnswer(null, TimeSpan.Zero, SendResult.Permanent("The service account key is missing or unreadable."));
        }
        var assertion = JwtAssertion.Create(key, target.TokenUrl, time.GetUtcNow());
        using var request = new HttpRequestMessage(HttpMethod.Post, target.TokenUrl)
        {
            Content = new FormUrlEncodedContent([new("grant_type", GrantType), new("assertion", assertion)]),
        };
        string? token = null;
        var lifetime = TimeSpan.Zero;
        var result = await ProviderHttp.SendAsync(client, request, target.Timeout, time, async (response, ct) =>
        {
            var body = await response.Content.ReadAsByteArrayAsync(ct);
            var status = (int)response.StatusCode;
            var (accessToken, expiresIn, error) = Read(body);
            if (status is >= 200 and < 300 && accessToken is { Length: > 0 })
            {
                (token, lifetime) = (accessToken, TimeSpan.FromSeconds(Math.Clamp(expiresIn ?? 3600, 60, 86_400)));
                return SendResult.Accepted("token");
            }
            var described = $"Google's token endpoint answered {status}{(error is null ? "" : " " + error)}.";
            var failure = status is 408 or 429 or >= 500 ? SendResult.Transient(described) : SendResult.Permanent(described + " Check the service account key and its access to the agent.");
            return failure with { ErrorCode = error };
        }, cancellationToken);
        return token is null ? new TokenAnswer(null, TimeSpan.Zero, result) : new TokenAnswer(token, lifetime, null);
    }

    private static (string? Token, long? ExpiresIn, string? Error) Read(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            long? expiresIn = long.TryParse(root.CodeOf("expires_in"), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) ? seconds : null;
            // "error" is an OAuth code (invalid_grant), never a secret; error_description may quote the key id and is left out.
            return (root.StringOf("access_token"), expiresIn, root.StringOf("error"));
        }
        catch (JsonException)
        {
            return (null, null, null);
        }
    }
}
