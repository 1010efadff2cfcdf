using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Users;

/// <summary>
/// The Studio's users in a real Hub process listening on HTTP and HTTPS (a certificate made for the test): the
/// configured owner signs in, the session cookie's attributes, lockout after five wrong passwords, a viewer's session
/// going through the same policies as a viewer's key, and antiforgery on everything a session changes.
/// </summary>
public abstract class SignInTests(IHubDatabase database) : IAsyncLifetime
{
    private const string OwnerEmail = "owner@example.com";
    private const string OwnerPassword = "correct horse battery staple";
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("hub-users-");
    private HubProcess _hub = null!;
    private HubClient _client = null!;
    private TestCertificate _certificate = null!;
    private Uri _https = null!;

    public async Task InitializeAsync()
    {
        _certificate = TestCertificate.Create(_directory.FullName);
        var port = FreePort.Get();
        _https = new Uri(string.Create(CultureInfo.InvariantCulture, $"https://127.0.0.1:{FreePort.Get()}"));
        var environment = await database.CreateEnvironmentAsync();
        environment["Hub__Owner__Email"] = OwnerEmail;
        environment["Hub__Owner__Password"] = OwnerPassword;
        // Endpoints from configuration replace --urls: HTTP as HubProcess expects it, and HTTPS beside it.
        environment["Kestrel__Endpoints__Http__Url"] = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}");
        environment["Kestrel__Endpoints__Https__Url"] = _https.GetLeftPart(UriPartial.Authority);
        environment["Kestrel__Endpoints__Https__Certificate__Path"] = _certificate.Path;
        environment["Kestrel__Endpoints__Https__Certificate__Password"] = _certificate.Password;
        _hub = await HubProcess.StartAsync(environment, port);
        _client = new HubClient(_hub.BaseAddress);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _hub.DisposeAsync();
        _directory.Delete(recursive: true);
    }

    [Fact]
    public async Task The_configured_owner_signs_in_and_the_cookie_is_HttpOnly_SameSite_and_Secure_over_HTTPS()
    {
        using var overHttps = new StudioSession(_https, _certificate.TrustingHandler());
        using var signedIn = await overHttps.SignInAsync(OwnerEmail, OwnerPassword);
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        var body = await signedIn.Content.ReadFromJsonAsync<JsonObject>();
        Assert.True((bool)body!["owner"]!);
        var attributes = Attributes(overHttps.SetCookies[StudioSession.SessionCookie]);
        Assert.Contains("httponly", attributes);
        Assert.Contains("secure", attributes);
        Assert.Contains(attributes, a => a is "samesite=strict" or "samesite=lax");

        // The owner's session is an owner's caller: the admin-only users API answers, in any workspace.
        using var users = await overHttps.GetAsync("/api/v1/users");
        Assert.Equal(HttpStatusCode.OK, users.StatusCode);

        // Over plain HTTP the cookie cannot be Secure (the browser would drop it), but keeps the rest.
        using var overHttp = new StudioSession(_hub.BaseAddress);
        using var plain = await overHttp.SignInAsync(OwnerEmail, OwnerPassword);
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        var plainAttributes = Attributes(overHttp.SetCookies[StudioSession.SessionCookie]);
        Assert.DoesNotContain("secure", plainAttributes);
        Assert.Contains("httponly", plainAttributes);
        Assert.DoesNotContain(OwnerPassword, _hub.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_user_and_the_right_password_is_refused_while_locked()
    {
        var email = $"lock-{Guid.NewGuid():N}@example.com";
        const string password = "a long enough password";
        await CreateUserAsync(email, "editor", password);
        using var session = new StudioSession(_hub.BaseAddress);

        using var unknown = await session.SignInAsync($"nobody-{Guid.NewGuid():N}@example.com", password);
        var unknownBody = await unknown.Content.ReadFromJsonAsync<JsonObject>();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            using var wrong = await session.SignInAsync(email, $"wrong password {attempt}");
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
            var wrongBody = await wrong.Content.ReadFromJsonAsync<JsonObject>();
            // A wrong password and an unknown email read the same: the answer does not tell which emails exist.
            Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
            Assert.Equal((string?)unknownBody!["detail"], (string?)wrongBody!["detail"]);
        }
        using var fifth = await session.SignInAsync(email, "wrong password 5");
        Assert.Equal((HttpStatusCode)423, fifth.StatusCode);

        using var right = await session.SignInAsync(email, password);
        Assert.Equal((HttpStatusCode)423, right.StatusCode);
        Assert.False(session.HasSessionCookie);
        var locked = await right.Content.ReadFromJsonAsync<JsonObject>();
        var until = DateTimeOffset.Parse((string)locked!["lockedUntil"]!, CultureInfo.InvariantCulture);
        Assert.InRange(until, DateTimeOffset.UtcNow.AddMinutes(10), DateTimeOffset.UtcNow.AddMinutes(16));
        Assert.True(right.Headers.RetryAfter?.Delta > TimeSpan.FromMinutes(10));

        var listed = Assert.Single(await _client.GetArrayAsync("/api/v1/users"), u => (string?)u!["email"] == email)!;
        Assert.NotNull((string?)listed["lockedUntil"]);
    }

    [Fact]
    public async Task A_viewers_session_reads_but_is_forbidden_to_change_and_loses_the_workspace_when_removed()
    {
        var email = $"viewer-{Guid.NewGuid():N}@example.com";
        var created = await CreateUserAsync(email, "viewer", password: null);
        var oneTimePassword = (string?)created["oneTimePassword"];
        Assert.False(string.IsNullOrEmpty(oneTimePassword));
        using var session = new StudioSession(_hub.BaseAddress);
        using var signedIn = await session.SignInAsync(email, oneTimePassword!);
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        var membership = Assert.Single((await signedIn.Content.ReadFromJsonAsync<JsonObject>())!["workspaces"]!.AsArray())!;
        Assert.Equal("default", (string?)membership["workspace"]);
        Assert.Equal("viewer", (string?)membership["role"]);

        using var read = await session.GetAsync("/api/v1/connectors");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        using var change = await session.SendJsonAsync(HttpMethod.Put, "/api/v1/connectors/viewer-made", new { type = "shopify", secret = "shpss_x" });
        Assert.Equal(HttpStatusCode.Forbidden, change.StatusCode);
        using var users = await session.GetAsync("/api/v1/users");
        Assert.Equal(HttpStatusCode.Forbidden, users.StatusCode);
        using var elsewhere = await session.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/v1/connectors") { Headers = { { "Hub-Workspace", "not-mine" } } });
        Assert.Equal(HttpStatusCode.Forbidden, elsewhere.StatusCode);

        // The list shows the member without any password or hash.
        var listed = Assert.Single(await _client.GetArrayAsync("/api/v1/users"), u => (string?)u!["email"] == email)!;
        Assert.Equal("viewer", (string?)listed["role"]);
        Assert.DoesNotContain(listed.AsObject(), p => p.Key.Contains("password", StringComparison.OrdinalIgnoreCase) || p.Key.Contains("hash", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(oneTimePassword!, _hub.Output, StringComparison.Ordinal);

        using var removed = await _client.Admin.DeleteAsync(new Uri($"/api/v1/users/{created["id"]}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        using var afterRemoval = await session.GetAsync("/api/v1/connectors");
        Assert.Equal(HttpStatusCode.Forbidden, afterRemoval.StatusCode);
        Assert.DoesNotContain(await _client.GetArrayAsync("/api/v1/users"), u => (string?)u!["email"] == email);
    }

    [Fact]
    public async Task What_a_session_changes_needs_the_antiforgery_token()
    {
        using var session = new StudioSession(_hub.BaseAddress);
        using var formWithoutToken = await session.SignInAsync(OwnerEmail, OwnerPassword, withToken: false);
        Assert.Equal(HttpStatusCode.BadRequest, formWithoutToken.StatusCode);
        Assert.False(session.HasSessionCookie);
        using var signedIn = await session.SignInAsync(OwnerEmail, OwnerPassword);
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);

        var email = $"csrf-{Guid.NewGuid():N}@example.com";
        using var withoutToken = await session.SendJsonAsync(HttpMethod.Post, "/api/v1/users", new { email, role = "editor" }, withToken: false);
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.Contains("antiforgery", await withoutToken.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(await _client.GetArrayAsync("/api/v1/users"), u => (string?)u!["email"] == email);

        using var withToken = await session.SendJsonAsync(HttpMethod.Post, "/api/v1/users", new { email, role = "editor" });
        Assert.Equal(HttpStatusCode.Created, withToken.StatusCode);
        Assert.Contains(await _client.GetArrayAsync("/api/v1/users"), u => (string?)u!["email"] == email);

        using var signOutWithoutToken = await session.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/account/sign-out"), withToken: false);
        Assert.Equal(HttpStatusCode.BadRequest, signOutWithoutToken.StatusCode);
        using var signOut = await session.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/account/sign-out"));
        Assert.Equal(HttpStatusCode.NoContent, signOut.StatusCode);
        Assert.False(session.HasSessionCookie);
        using var afterSignOut = await session.GetAsync("/api/v1/users");
        Assert.Equal(HttpStatusCode.Unauthorized, afterSignOut.StatusCode);
    }

    private async Task<JsonObject> CreateUserAsync(string email, string role, string? password)
    {
        using var response = await _client.Admin.PostAsJsonAsync("/api/v1/users", new { email, role, password });
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"POST /api/v1/users: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    private static List<string> Attributes(string setCookie) =>
        [.. setCookie.Split(';').Skip(1).Select(a => a.Trim().ToLowerInvariant())];
}
