using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Hub.IntegrationTests.Access.Limits;

/// <summary>What the tests check of every 429 of the abuse limits: problem+json naming the limit, and Retry-After in seconds.</summary>
internal static class LimitAnswer
{
    public static async Task<int> AssertTooManyRequestsAsync(HttpResponseMessage response, string limit)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(429, (int?)problem["status"]);
        Assert.Equal(limit, (string?)problem["limit"]);
        // It says how to raise the limit: the options' names.
        Assert.Contains(limit + ":", (string?)problem["detail"], StringComparison.Ordinal);
        var retryAfter = response.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value.TotalSeconds, 1, 3600);
        return (int)retryAfter.Value.TotalSeconds;
    }
}
