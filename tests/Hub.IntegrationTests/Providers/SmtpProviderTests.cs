using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hub.IntegrationTests.Channels.Smtp;
using Hub.IntegrationTests.Infrastructure;
using MimeKit;

namespace Hub.IntegrationTests.Providers;

/// <summary>
/// The smtp provider end to end: configured through the API as an operator would, an order confirmation sent with the
/// send API reaches a real SMTP server on 127.0.0.1 as a multipart mail from the template's email variant and is marked
/// sent; an unknown mailbox (550 5.1.1) fails it for good with the enhanced code. One database: the provider does not
/// touch storage beyond what every provider does.
/// </summary>
public sealed class SmtpProviderTests(SqliteDatabase database) : IClassFixture<SqliteDatabase>, IDisposable
{
    private const string ProviderId = "mail-relay";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly SmtpTestServer _server = new();

    private async Task<(HubProcess Hub, HubClient Client)> StartAsync()
    {
        var environment = await database.CreateEnvironmentAsync();
        environment["Hub__Jobs__BackoffBase"] = "00:00:00.050";
        var hub = await HubProcess.StartAsync(environment);
        var client = new HubClient(hub.BaseAddress);
        using (var put = await client.PutProviderAsync(ProviderId, new
        {
            type = "smtp",
            settings = new { host = "127.0.0.1", port = _server.Port, security = "none", from = "Example Shop <noreply@shop.example>", timeoutSeconds = 30 },
        }))
        {
            Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
        }
        using (var route = await client.PutChannelAsync("email", ProviderId))
        {
            Assert.True(route.IsSuccessStatusCode, await route.Content.ReadAsStringAsync());
        }
        return (hub, client);
    }

    private static JsonObject OrderConfirmation(string email) => new()
    {
        ["to"] = new JsonObject { ["email"] = email },
        ["channels"] = new JsonArray("email"),
        ["template"] = "order-confirmation",
        ["data"] = new JsonObject
        {
            ["order"] = new JsonObject { ["number"] = "M-2001", ["total"] = 99.5, ["currency"] = "EUR" },
            ["contact"] = new JsonObject { ["firstName"] = "Ada" },
        },
        ["locale"] = "en",
    };

    [Fact]
    public async Task An_order_confirmation_is_received_by_the_smtp_server_and_marked_sent()
    {
        var (hub, client) = await StartAsync();
        await using var _ = hub;
        using var __ = client;

        using var response = await client.Admin.PostAsJsonAsync("/api/v1/messages", OrderConfirmation("ada@example.com"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
        var received = (await Eventually.Until(() => Task.FromResult(_server.Store.Accepted), m => m.Count >= 1, Patience, "the mail reaches the server")).Single();
        Assert.Equal(["ada@example.com"], received.EnvelopeTo);
        var mail = received.Message;
        Assert.Equal(id, received.HubMessageId);
        Assert.Equal($"{id}@shop.example", mail.MessageId);
        Assert.Equal("noreply@shop.example", Assert.IsType<MailboxAddress>(Assert.Single(mail.From)).Address);
        Assert.Equal("Your order M-2001 is confirmed", mail.Subject);
        Assert.IsType<MultipartAlternative>(mail.Body);
        Assert.Contains("thank you for your order M-2001.", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("<strong>M-2001</strong>", mail.HtmlBody, StringComparison.Ordinal);

        var sent = await Eventually.Until(() => client.MessagesAsync("channel=email&status=sent"), m => m.Count == 1, Patience, "the email is marked sent");
        Assert.Equal(id, (string?)sent[0]!["id"]);
        Assert.Equal(ProviderId, (string?)sent[0]!["provider"]);
    }

    [Fact]
    public async Task An_unknown_mailbox_fails_the_email_for_good()
    {
        _server.Store.Reply = new SmtpReply(550, "5.1.1 Mailbox unknown");
        var (hub, client) = await StartAsync();
        await using var _ = hub;
        using var __ = client;

        using var response = await client.Admin.PostAsJsonAsync("/api/v1/messages", OrderConfirmation("nobody@example.com"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var failed = await Eventually.Until(() => client.MessagesAsync("channel=email&status=failed"), m => m.Count == 1, Patience, "the email fails");
        Assert.Contains("550", (string?)failed[0]!["lastError"], StringComparison.Ordinal);
        var detail = (await client.Admin.GetFromJsonAsync<JsonNode>($"/api/v1/messages/{(string?)failed[0]!["id"]}"))!;
        var attempt = Assert.Single(detail["attempts"]!.AsArray())!;
        Assert.Equal("PermanentFailure", (string?)attempt["outcome"]);
        Assert.Empty(_server.Store.Accepted);
    }

    [Fact]
    public async Task The_api_refuses_an_unknown_security_mode()
    {
        var (hub, client) = await StartAsync();
        await using var _ = hub;
        using var __ = client;

        using var put = await client.PutProviderAsync("bad-mail", new { type = "smtp", settings = new { host = "127.0.0.1", from = "noreply@shop.example", security = "ssl" } });

        Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
        Assert.Contains("settings.security", await put.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public void Dispose() => _server.Dispose();
}
