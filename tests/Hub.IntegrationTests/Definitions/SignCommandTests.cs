using System.Net;
using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Definitions;

/// <summary>
/// <c>Hub.Host sign</c> on the real binary: a payload file signed as Shopify (hmac-body) and Stripe (timestamped-hmac)
/// sign theirs, and the printed headers posted with the file to a real Hub's <c>/webhooks/{id}</c>, which accepts them
/// (and refuses a forged signature). One Hub for the class: see <see cref="SignCommandUsageTests"/> for what needs none.
/// </summary>
public sealed class SignCommandTests(SqliteDatabase database) : IClassFixture<SqliteDatabase>, IAsyncLifetime
{
    private HubProcess _hub = null!;
    private HubClient _client = null!;

    public async Task InitializeAsync()
    {
        _hub = await HubProcess.StartAsync(await database.CreateEnvironmentAsync());
        _client = new HubClient(_hub.BaseAddress);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _hub.DisposeAsync();
    }

    [Fact]
    public async Task A_payload_signed_by_the_command_is_accepted_by_the_webhook_endpoint()
    {
        await _client.PutConnectorAsync("shop", "shopify", "shop-secret");
        await _client.PutConnectorAsync("pay", "stripe", "whsec_stripe-secret");
        var shopify = RepoPaths.Fixture("webhooks/shopify/orders_create.json");
        var stripe = RepoPaths.Fixture("webhooks/stripe/checkout.session.completed.json");

        var shopifyHeaders = await SignAsync("--connector", "shopify", "--secret", "shop-secret", "--file", shopify,
            "--header", "X-Shopify-Topic: orders/create", "--header", "X-Shopify-Webhook-Id: sign-1");
        var stripeHeaders = await SignAsync("--connector", "stripe", "--secret", "whsec_stripe-secret", "--file", stripe);

        Assert.Equal(["X-Shopify-Hmac-Sha256", "X-Shopify-Topic", "X-Shopify-Webhook-Id"], shopifyHeaders.Select(h => h.Key));
        Assert.Matches("^t=[0-9]+,v1=[0-9a-f]{64}$", Assert.Single(stripeHeaders, h => h.Key == "Stripe-Signature").Value);
        Assert.Equal(HttpStatusCode.Accepted, await PostAsync("shop", shopify, shopifyHeaders));
        Assert.Equal(HttpStatusCode.Accepted, await PostAsync("pay", stripe, stripeHeaders));
        var forged = shopifyHeaders.Select(h => h.Key == "X-Shopify-Hmac-Sha256" ? new KeyValuePair<string, string>(h.Key, "AAAA" + h.Value[4..]) : h).ToList();
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync("shop", shopify, forged));
    }

    private static async Task<List<KeyValuePair<string, string>>> SignAsync(params string[] args)
    {
        var result = await HostCommand.RunAsync(["sign", .. args]);
        Assert.True(result.ExitCode == 0, result.ToString());
        return [.. result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(':', 2))
            .Select(parts => new KeyValuePair<string, string>(parts[0], parts[1].Trim()))];
    }

    private async Task<HttpStatusCode> PostAsync(string connector, string file, IEnumerable<KeyValuePair<string, string>> headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/webhooks/{connector}") { Content = new ByteArrayContent(await File.ReadAllBytesAsync(file)) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }
        using var response = await _client.Http.SendAsync(request);
        return response.StatusCode;
    }
}
