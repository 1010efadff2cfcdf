using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Connectors;

/// <summary>
/// Acceptance: a new source system that uses a built-in scheme is added with one spec file and its fixtures, no C#:
/// the README's "Add a connector" example (<c>docs/examples/acme-shop.yaml</c>) runs end to end.
/// </summary>
public sealed class NewConnectorWithoutCodeTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("hub-acme-");

    [Fact]
    public async Task The_readme_example_connector_works_end_to_end()
    {
        var connectors = Directory.CreateDirectory(Path.Combine(_directory.FullName, "connectors"));
        File.Copy(Path.Combine(RepoPaths.Root, "docs", "examples", "acme-shop.yaml"), Path.Combine(connectors.FullName, "acme-shop.yaml"));
        var environment = HubEnvironment.Sqlite(Path.Combine(_directory.FullName, "hub.db"));
        environment["Hub__ConnectorsPath"] = connectors.FullName;
        await using var hub = await HubProcess.StartAsync(environment);
        using var client = new HubClient(hub.BaseAddress);
        await client.PutConnectorAsync("acme", "acme-shop", "acme-secret", new { defaultRegion = "DE" });

        var body = await File.ReadAllBytesAsync(Path.Combine(RepoPaths.Root, "docs", "examples", "acme-shop.order.placed.json"));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/acme") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("X-Acme-Signature", "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes("acme-secret"), body)));
        request.Headers.Add("X-Acme-Delivery", "acme-1");
        using var response = await client.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);

        var sms = await Eventually.Until(() => client.MessagesAsync("status=delivered"), m => m.Count == 1, TimeSpan.FromSeconds(30), "the order confirmation is sent");
        Assert.Equal("+4915112345678", (string?)sms[0]!["to"]);
        Assert.Contains("AC-90210", (string?)sms[0]!["body"], StringComparison.Ordinal);
        var order = (await client.EventsAsync("acme"))[0]!["data"]!["order"]!;
        Assert.Equal("90210", (string?)order["id"]);
        Assert.Equal(42.50m, (decimal)order["total"]!);
    }

    public void Dispose() => _directory.Delete(recursive: true);
}
