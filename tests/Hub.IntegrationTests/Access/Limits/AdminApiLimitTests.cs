using System.Net;
using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Access.Limits;

/// <summary>
/// The per-caller limit of <c>/api/v1</c>, configured tiny (2 a second): the bootstrap key's quick calls meet it with a
/// 429 and Retry-After, webhooks and health are not counted, and the key is served again once its bucket refills.
/// Reads only, so SQLite alone.
/// </summary>
public sealed class AdminApiLimitTests(SqliteDatabase database) : IClassFixture<SqliteDatabase>, IAsyncLifetime
{
    private HubProcess _hub = null!;
    private HubClient _client = null!;

    public async Task InitializeAsync()
    {
        var environment = await database.CreateEnvironmentAsync();
        environment["Hub__Limits__AdminApi__PerSecond"] = "2";
        environment["Hub__Limits__AdminApi__Burst"] = "2";
        _hub = await HubProcess.StartAsync(environment);
        _client = new HubClient(_hub.BaseAddress);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _hub.DisposeAsync();
    }

    [Fact]
    public async Task Quick_calls_with_one_key_meet_its_limit_with_429_and_Retry_After()
    {
        var served = 0;
        HttpResponseMessage? refusal = null;
        for (var i = 0; i < 20 && refusal is null; i++)
        {
            var response = await _client.Admin.GetAsync(new Uri("/api/v1/connectors", UriKind.Relative));
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                refusal = response;
                break;
            }
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            served++;
            response.Dispose();
        }
        Assert.NotNull(refusal);
        Assert.True(served >= 2, $"the first two calls fit in the bucket; {served} were served");
        using (refusal)
        {
            await LimitAnswer.AssertTooManyRequestsAsync(refusal, "Hub:Limits:AdminApi");
        }

        // Only the admin API is counted.
        using (var health = await _client.Http.GetAsync(new Uri("/health/live", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        }
        using (var webhook = await _client.Http.PostAsync(new Uri("/webhooks/nobody", UriKind.Relative), new StringContent("{}")))
        {
            Assert.Equal(HttpStatusCode.NotFound, webhook.StatusCode);
        }

        await Eventually.Until(async () =>
        {
            using var response = await _client.Admin.GetAsync(new Uri("/api/v1/connectors", UriKind.Relative));
            return response.StatusCode;
        }, s => s == HttpStatusCode.OK, TimeSpan.FromSeconds(30), "the key is served again");
    }
}
