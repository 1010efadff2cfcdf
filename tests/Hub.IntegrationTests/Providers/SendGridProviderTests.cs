using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Hub.IntegrationTests.Channels.SendGrid;
using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Providers;

/// <summary>
/// The sendgrid provider end to end on a real Hub: an email sent with the send API reaches the Mail Send fake with the
/// API key and Hub's id as custom arg; signed Event Webhook batches at <c>/providers/{id}/events</c> move it to
/// delivered (found by <c>hub_message_id</c>) and read (found by <c>sg_message_id</c> alone), and a tampered batch is
/// refused and changes nothing. One database: the receipt ledger is covered per database by the other providers.
/// </summary>
public sealed class SendGridProviderTests(SqliteDatabase database) : IClassFixture<SqliteDatabase>, IDisposable
{
    private const string ProviderId = "sendgrid-mail";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly SendGridFake _fake = new();
    private readonly SendGridEventSigner _signer = new();

    private async Task<(HubProcess Hub, HubClient Client)> StartAsync()
    {
        var hub = await HubProcess.StartAsync(await database.CreateEnvironmentAsync());
        var client = new HubClient(hub.BaseAddress);
        using (var put = await client.PutProviderAsync(ProviderId, new
        {
            type = "sendgrid",
            settings = new { baseUrl = _fake.BaseUrl, from = "Example <noreply@example.com>", timeoutSeconds = 30 },
            credentials = new { apiKey = SendGridFake.ApiKey, webhookPublicKey = _signer.PublicKey },
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

    private async Task<HttpStatusCode> PostEventsAsync(HubClient client, string json, bool tamper = false)
    {
        var body = Encoding.UTF8.GetBytes(json + "\r\n");
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = _signer.Sign(timestamp, body);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/providers/{ProviderId}/events")
        {
            Content = new ByteArrayContent(tamper ? Encoding.UTF8.GetBytes(json.Replace("open", "click", StringComparison.Ordinal) + "\r\n") : body),
        };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add(SendGridEventSigner.SignatureHeader, signature);
        request.Headers.Add(SendGridEventSigner.TimestampHeader, timestamp);
        using var response = await client.Http.SendAsync(request);
        return response.StatusCode;
    }

    private static async Task<JsonNode> DetailAsync(HubClient client, string id) =>
        (await client.Admin.GetFromJsonAsync<JsonNode>($"/api/v1/messages/{id}"))!;

    [Fact]
    public async Task An_email_is_sent_then_delivered_and_read_by_signed_events_and_a_tampered_batch_changes_nothing()
    {
        var (hub, client) = await StartAsync();
        await using var _ = hub;
        using var __ = client;

        using var response = await client.Admin.PostAsJsonAsync("/api/v1/messages",
            new { to = new { email = "ada@example.com" }, channels = new[] { "email" }, text = "Your parcel is on its way.", purpose = "transactional" });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = (string)(await response.Content.ReadFromJsonAsync<JsonNode>())!["id"]!;
        var sent = await Eventually.Until(() => DetailAsync(client, id), m => (string?)m["message"]!["status"] == "sent", Patience, "the email is sent");
        Assert.Equal(SendGridFake.AcceptedMessageId, (string?)sent["message"]!["providerMessageId"]);
        var request = Assert.Single(_fake.Sends);
        Assert.Equal($"Bearer {SendGridFake.ApiKey}", request.Headers["Authorization"]);
        Assert.Equal(id, (string?)request.Body["personalizations"]![0]!["custom_args"]!["hub_message_id"]);
        Assert.Equal("ada@example.com", (string?)request.Body["personalizations"]![0]!["to"]![0]!["email"]);

        var sgMessageId = $"{SendGridFake.AcceptedMessageId}.filterdrecv-5645d9c87f-6r2ch-16-5F5FC76C-9.0";
        Assert.Equal(HttpStatusCode.OK, await PostEventsAsync(client,
            $$"""[{"email":"ada@example.com","timestamp":1700000001,"event":"processed","sg_message_id":"{{sgMessageId}}","hub_message_id":"{{id}}"},{"email":"ada@example.com","timestamp":1700000002,"event":"delivered","response":"250 OK","sg_message_id":"{{sgMessageId}}","hub_message_id":"{{id}}"}]"""));
        Assert.Equal("delivered", (string?)(await DetailAsync(client, id))["message"]!["status"]);

        var open = $$"""[{"email":"ada@example.com","timestamp":1700000003,"event":"open","sg_message_id":"{{sgMessageId}}"}]""";
        Assert.Equal(HttpStatusCode.Unauthorized, await PostEventsAsync(client, open, tamper: true));
        Assert.Equal("delivered", (string?)(await DetailAsync(client, id))["message"]!["status"]);

        Assert.Equal(HttpStatusCode.OK, await PostEventsAsync(client, open));
        var detail = await DetailAsync(client, id);
        Assert.Equal("read", (string?)detail["message"]!["status"]);
        Assert.Equal(["delivered", "open", "processed"], detail["receipts"]!.AsArray().Select(r => (string?)r!["providerStatus"]).Order(StringComparer.Ordinal));
    }

    public void Dispose()
    {
        _fake.Dispose();
        _signer.Dispose();
    }
}
