using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Connectors;

/// <summary>A connector instance holds two secrets during a rotation window, then only the new one.</summary>
public sealed class SecretRotationTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("hub-rotation-");

    [Fact]
    public async Task The_old_secret_verifies_until_its_window_ends()
    {
        await using var hub = await HubProcess.StartAsync(HubEnvironment.Sqlite(Path.Combine(_directory.FullName, "hub.db")));
        using var client = new HubClient(hub.BaseAddress);
        await client.PutConnectorAsync("shop", "shopify", "old-secret");
        var body = ShopifyWebhook.Order(1, "#1");

        using (var rotate = await client.Admin.PutAsJsonAsync("/api/v1/connectors/shop", new { type = "shopify", secret = "new-secret", previousSecretValidForSeconds = 3600 }))
        {
            Assert.Equal(HttpStatusCode.OK, rotate.StatusCode);
            Assert.NotNull(JsonNode.Parse(await rotate.Content.ReadAsStringAsync())!["previousSecretExpiresAt"]);
        }
        Assert.Equal(HttpStatusCode.Accepted, await PostAsync(client, body, "old-secret", "r-1"));
        Assert.Equal(HttpStatusCode.Accepted, await PostAsync(client, body, "new-secret", "r-2"));

        using (var close = await client.Admin.PutAsJsonAsync("/api/v1/connectors/shop", new { type = "shopify", secret = "newest-secret", previousSecretValidForSeconds = 0 }))
        {
            Assert.Equal(HttpStatusCode.OK, close.StatusCode);
        }
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(client, body, "old-secret", "r-3"));
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(client, body, "new-secret", "r-4"));
        Assert.Equal(HttpStatusCode.Accepted, await PostAsync(client, body, "newest-secret", "r-5"));
    }

    private static async Task<HttpStatusCode> PostAsync(HubClient client, byte[] body, string secret, string deliveryId)
    {
        using var response = await client.Http.SendAsync(ShopifyWebhook.Request("shop", body, secret, deliveryId));
        return response.StatusCode;
    }

    public void Dispose() => _directory.Delete(recursive: true);
}
