using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Hub.IntegrationTests.Users;

/// <summary>
/// The Studio as a browser runs it: cookies kept by hand (so that a test sees every <c>Set-Cookie</c> as sent), an
/// antiforgery token fetched before signing in and again after, sent in the <c>Hub-Antiforgery</c> header.
/// </summary>
public sealed class StudioSession : IDisposable
{
    public const string AntiforgeryHeader = "Hub-Antiforgery";
    public const string SessionCookie = "Hub.Session";

    private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);

    public StudioSession(Uri baseAddress, HttpMessageHandler? handler = null)
    {
        Http = new HttpClient(handler ?? new HttpClientHandler { UseCookies = false }) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    public HttpClient Http { get; }

    public string? AntiforgeryToken { get; private set; }

    /// <summary>The last <c>Set-Cookie</c> header seen for each cookie, attributes included.</summary>
    public Dictionary<string, string> SetCookies { get; } = new(StringComparer.Ordinal);

    public bool HasSessionCookie => _cookies.ContainsKey(SessionCookie);

    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, bool withToken = true)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (_cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
        }
        if (withToken && AntiforgeryToken is not null)
        {
            request.Headers.Add(AntiforgeryHeader, AntiforgeryToken);
        }
        var response = await Http.SendAsync(request);
        if (response.Headers.TryGetValues("Set-Cookie", out var cookies))
        {
            foreach (var cookie in cookies)
            {
                Keep(cookie);
            }
        }
        return response;
    }

    public Task<HttpResponseMessage> GetAsync(string path) => SendAsync(new HttpRequestMessage(HttpMethod.Get, path));

    public Task<HttpResponseMessage> SendJsonAsync(HttpMethod method, string path, object body, bool withToken = true) =>
        SendAsync(new HttpRequestMessage(method, path) { Content = JsonContent.Create(body) }, withToken);

    public async Task FetchTokenAsync()
    {
        using var response = await GetAsync("/account/antiforgery");
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        AntiforgeryToken = (string?)body!["token"];
    }

    /// <summary>Posts the sign-in form (with the token unless told not to); on success fetches the session's token.</summary>
    public async Task<HttpResponseMessage> SignInAsync(string email, string password, bool withToken = true)
    {
        await FetchTokenAsync();
        var fields = new Dictionary<string, string> { ["email"] = email, ["password"] = password };
        if (withToken)
        {
            fields["__RequestVerificationToken"] = AntiforgeryToken!;
        }
        var response = await SendAsync(new HttpRequestMessage(HttpMethod.Post, "/account/sign-in") { Content = new FormUrlEncodedContent(fields) }, withToken: false);
        if (response.IsSuccessStatusCode)
        {
            await FetchTokenAsync();
        }
        return response;
    }

    public void Dispose() => Http.Dispose();

    private void Keep(string setCookie)
    {
        var pair = setCookie.Split(';', 2)[0];
        var equals = pair.IndexOf('=', StringComparison.Ordinal);
        var name = pair[..equals].Trim();
        var value = pair[(equals + 1)..].Trim();
        SetCookies[name] = setCookie;
        // A deleted cookie comes back empty and expired.
        if (value.Length == 0 || setCookie.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase))
        {
            _cookies.Remove(name);
        }
        else
        {
            _cookies[name] = value;
        }
    }
}
