using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Access.Limits;

/// <summary>
/// Failed authentications per source address, configured as 3 within 3 seconds: missing keys do not count, wrong ones
/// do; after the third, the address gets 429 with Retry-After even with the right key, until the window has passed.
/// The wrong key never reaches the log. Stores nothing, so SQLite alone.
/// </summary>
public sealed class FailedAuthLimitTests(SqliteDatabase database) : IClassFixture<SqliteDatabase>, IAsyncLifetime
{
    private const string WrongKey = "guessed-key-4711";
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(3);
    private HubProcess _hub = null!;
    private HubClient _client = null!;

    public async Task InitializeAsync()
    {
        var environment = await database.CreateEnvironmentAsync();
        environment["Hub__Limits__FailedAuth__Failures"] = "3";
        environment["Hub__Limits__FailedAuth__Window"] = "00:00:03";
        environment["Logging__LogLevel__Default"] = "Debug";
        _hub = await HubProcess.StartAsync(environment);
        _client = new HubClient(_hub.BaseAddress);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _hub.DisposeAsync();
    }

    [Fact]
    public async Task Wrong_keys_from_one_address_block_it_with_429_until_the_window_has_passed()
    {
        // No key at all is not a guess: five of them block nothing.
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, await GetAsync(key: null));
        }
        Assert.Equal(HttpStatusCode.OK, await GetAsync(HubClient.AdminKey));

        var firstFailure = Stopwatch.StartNew();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, await GetAsync(WrongKey));
        }

        // Blocked, even with the right key, and told for how long.
        using (var blocked = await SendAsync(HubClient.AdminKey))
        {
            var retryAfter = await LimitAnswer.AssertTooManyRequestsAsync(blocked, "Hub:Limits:FailedAuth");
            Assert.InRange(retryAfter, 1, (int)Window.TotalSeconds);
        }
        Assert.Equal(HttpStatusCode.TooManyRequests, await GetAsync(WrongKey));
        // Webhooks are not the admin API: they go on.
        using (var webhook = await _client.Http.PostAsync(new Uri("/webhooks/nobody", UriKind.Relative), new StringContent("{}")))
        {
            Assert.Equal(HttpStatusCode.NotFound, webhook.StatusCode);
        }

        // Allowed again once the window has passed.
        await Eventually.Until(() => GetAsync(HubClient.AdminKey), s => s == HttpStatusCode.OK, TimeSpan.FromSeconds(30), "the address is served again");
        Assert.True(firstFailure.Elapsed >= Window - TimeSpan.FromMilliseconds(200), $"unblocked after {firstFailure.Elapsed}, before the {Window} window had passed");

        Assert.DoesNotContain(WrongKey, _hub.Output, StringComparison.Ordinal);
    }

    private async Task<HttpStatusCode> GetAsync(string? key)
    {
        using var response = await SendAsync(key);
        return response.StatusCode;
    }

    private Task<HttpResponseMessage> SendAsync(string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/connectors");
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }
        return _client.Http.SendAsync(request);
    }
}
