using System.Globalization;
using System.Net;
using System.Text;
using Hub.IntegrationTests.Channels.SendGrid;
using Hub.IntegrationTests.Infrastructure;
using Hub.IntegrationTests.Providers;

namespace Hub.IntegrationTests.Conversations;

/// <summary>
/// SendGrid's documented Event Webhook batch, signed and posted to the real endpoint, per database: the hard bounce and
/// the spam report opt the address out of all email, the unsubscribes out of marketing, the group resubscribe back
/// in; a replayed batch changes nothing twice.
/// </summary>
public abstract class EmailConsentTests(IHubDatabase database) : IDisposable
{
    private const string ProviderId = "sendgrid-mail";
    private const string Address = "example@test.com";
    private readonly SendGridFake _fake = new();
    private readonly SendGridEventSigner _signer = new();

    [Fact]
    public async Task Unsubscribes_spam_reports_and_hard_bounces_become_the_addresss_email_consent()
    {
        var environment = await database.CreateEnvironmentAsync();
        await using var hub = await HubProcess.StartAsync(environment);
        using var client = new HubClient(hub.BaseAddress);
        using (var put = await client.PutProviderAsync(ProviderId, new
        {
            type = "sendgrid",
            settings = new { baseUrl = _fake.BaseUrl, from = "Example <noreply@example.com>", timeoutSeconds = 30 },
            credentials = new { apiKey = SendGridFake.ApiKey, webhookPublicKey = _signer.PublicKey },
        }))
        {
            Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
        }
        var batch = await File.ReadAllBytesAsync(SendGridFake.Fixture("event-webhook.all-event-types.json"));

        Assert.Equal(HttpStatusCode.OK, await PostAsync(client, batch));

        Assert.Equal("OptedOut", await StoredConsent.StateAsync(environment, Address, "email", "transactional"));
        // The batch's last word on marketing is its group resubscribe.
        Assert.Equal("OptedIn", await StoredConsent.StateAsync(environment, Address, "email", "marketing"));
        Assert.Equal(2, await StoredConsent.ChangesAsync(environment, Address, "email", "transactional"));
        Assert.Equal(5, await StoredConsent.ChangesAsync(environment, Address, "email", "marketing"));
        var change = await StoredConsent.LastChangeAsync(environment, Address, "email", "transactional");
        Assert.Equal(("OptedOut", "Provider"), (change!.Value.State, change.Value.Source));
        Assert.Contains(change.Value.Evidence, new[] { "bounce", "spamreport" });

        // SendGrid retries a batch it got no 2xx for: the same events change nothing again.
        Assert.Equal(HttpStatusCode.OK, await PostAsync(client, batch));
        Assert.Equal(5, await StoredConsent.ChangesAsync(environment, Address, "email", "marketing"));
        Assert.Equal(2, await StoredConsent.ChangesAsync(environment, Address, "email", "transactional"));
    }

    private async Task<HttpStatusCode> PostAsync(HubClient client, byte[] body)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/providers/{ProviderId}/events") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add(SendGridEventSigner.SignatureHeader, _signer.Sign(timestamp, body));
        request.Headers.Add(SendGridEventSigner.TimestampHeader, timestamp);
        using var response = await client.Http.SendAsync(request);
        return response.StatusCode;
    }

    public void Dispose()
    {
        _fake.Dispose();
        _signer.Dispose();
        GC.SuppressFinalize(this);
    }
}
