using System.Net;

namespace Hub.IntegrationTests.Infrastructure;

/// <summary>Posts many distinct signed orders with bounded concurrency and insists that every one is acknowledged.</summary>
public static class WebhookLoad
{
    public static async Task PostOrdersAsync(IReadOnlyList<HttpClient> senders, string connectorId, string secret, int count, int firstOrderId, int concurrency = 16)
    {
        using var gate = new SemaphoreSlim(concurrency);
        var tasks = Enumerable.Range(0, count).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                var id = firstOrderId + i;
                var body = ShopifyWebhook.Order(id, $"#{id}");
                using var response = await senders[i % senders.Count].SendAsync(
                    ShopifyWebhook.Request(connectorId, body, secret, $"load-{id}"));
                if (response.StatusCode != HttpStatusCode.Accepted)
                {
                    throw new InvalidOperationException($"Order {id}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                }
            }
            finally
            {
                gate.Release();
            }
        });
        await Task.WhenAll(tasks);
    }
}
