using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Connectors;

/// <summary>Senders that need a particular answer get it from the real endpoint: WooCommerce's ping, Salesforce's SOAP Ack.</summary>
public sealed class SourceRepliesTests : IAsyncLifetime, IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("hub-replies-");
    private HubProcess _hub = null!;
    private HubClient _client = null!;

    public async Task InitializeAsync()
    {
        _hub = await HubProcess.StartAsync(HubEnvironment.Sqlite(Path.Combine(_directory.FullName, "hub.db")));
        _client = new HubClient(_hub.BaseAddress);
    }

    [Fact]
    public async Task WooCommerce_gets_200_for_its_unsigned_creation_ping_and_nothing_is_stored()
    {
        await _client.PutConnectorAsync("woo", "woocommerce", "woo-secret");
        using var ping = new HttpRequestMessage(HttpMethod.Post, "/webhooks/woo")
        {
            Content = new StringContent("webhook_id=42", Encoding.UTF8, "application/x-www-form-urlencoded"),
        };
        using var response = await _client.Http.SendAsync(ping);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await _client.InboundAsync("woo"));
        // A real delivery without its signature is still refused.
        using var forged = new HttpRequestMessage(HttpMethod.Post, "/webhooks/woo")
        {
            Content = new StringContent("""{"id": 1}""", Encoding.UTF8, "application/json"),
        };
        forged.Headers.Add("X-WC-Webhook-Topic", "order.created");
        using var refused = await _client.Http.SendAsync(forged);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task Salesforce_gets_its_soap_ack_for_a_delivery_and_for_a_redelivery()
    {
        await _client.PutConnectorAsync("sf", "salesforce", "unused-secret", new { organizationId = "someOrganizationId" });
        var body = await File.ReadAllBytesAsync(RepoPaths.Fixture("webhooks/salesforce/outbound-message.contact.xml"));
        foreach (var attempt in new[] { 1, 2 })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/sf") { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("text/xml") { CharSet = "utf-8" };
            request.Headers.Add("SOAPAction", "\"\"");
            using var response = await _client.Http.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/xml", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("<Ack>true</Ack>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        Assert.Single(await _client.InboundAsync("sf"));

        using var otherOrg = new HttpRequestMessage(HttpMethod.Post, "/webhooks/sf")
        {
            Content = new StringContent(Encoding.UTF8.GetString(body).Replace("someOrganizationId", "00D000000000OTH", StringComparison.Ordinal), Encoding.UTF8, "text/xml"),
        };
        using var refused = await _client.Http.SendAsync(otherOrg);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _hub.DisposeAsync();
    }

    public void Dispose() => _directory.Delete(recursive: true);
}
