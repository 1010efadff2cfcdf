using System.Net.Http.Json;
using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Providers;

/// <summary>The providers and channels API as an integrator uses it.</summary>
public static class ProviderApi
{
    public static Task<HttpResponseMessage> PutProviderAsync(this HubClient client, string id, object body) =>
        client.Admin.PutAsJsonAsync($"/api/v1/providers/{id}", body);

    public static Task<HttpResponseMessage> PutChannelAsync(this HubClient client, string channel, params string[] providers) =>
        client.Admin.PutAsJsonAsync($"/api/v1/channels/{channel}", new { providers });

    /// <summary>Points <paramref name="channel"/> at a new webhook provider delivering to <paramref name="url"/> (patient: a busy test machine must not turn a 200 into a retry).</summary>
    public static async Task RouteToWebhookAsync(this HubClient client, string channel, string providerId, string url, string secret)
    {
        using (var put = await client.PutProviderAsync(providerId, new { type = "webhook", settings = new { url, timeoutSeconds = 30 }, credentials = new { secret } }))
        {
            await EnsureAsync(put, $"PUT provider {providerId}");
        }
        using var route = await client.PutChannelAsync(channel, providerId);
        await EnsureAsync(route, $"PUT channel {channel}");
    }

    private static async Task EnsureAsync(HttpResponseMessage response, string what)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{what}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }
}
