using System.Globalization;
using Hub.Channels;

namespace Hub.IntegrationTests.Channels.Webhook;

/// <summary>The compliance suite, and what is particular to the webhook: the payload's fields, the signature, redirects, 2xx.</summary>
public sealed class WebhookProviderComplianceTests(WebhookProviderFixture fixture)
    : ChannelProviderCompliance<WebhookProviderFixture>(fixture), IClassFixture<WebhookProviderFixture>
{
    [Fact]
    public async Task The_message_is_posted_as_signed_json_with_its_fields()
    {
        Fixture.Answer(FarSideAnswer.Accepts);
        var message = NewMessage("email") with { HtmlBody = "<p>Hello</p>" };

        var result = await Fixture.SendAsync(message);

        Assert.Equal(SendOutcome.Accepted, result.Outcome);
        var delivery = Assert.Single(Fixture.Receiver.Deliveries, d => d.Id == message.Id);
        Assert.True(delivery.SignatureValid, "the Standard Webhooks signature verifies with the instance's secret");
        Assert.StartsWith("application/json", delivery.ContentType, StringComparison.Ordinal);
        var sent = long.Parse(delivery.Timestamp!, CultureInfo.InvariantCulture);
        Assert.InRange(sent, DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeSeconds(), DateTimeOffset.UtcNow.AddMinutes(1).ToUnixTimeSeconds());
        var payload = delivery.Payload;
        Assert.Equal(["id", "channel", "to", "subject", "body", "html", "eventId", "workflowId", "createdAt"], payload.Select(p => p.Key));
        Assert.Equal(message.Id, (string?)payload["id"]);
        Assert.Equal("email", (string?)payload["channel"]);
        Assert.Equal(message.Subject, (string?)payload["subject"]);
        Assert.Equal("<p>Hello</p>", (string?)payload["html"]);
        Assert.Equal("evt-compliance", (string?)payload["eventId"]);
        Assert.Equal("order-confirmation", (string?)payload["workflowId"]);
        Assert.Equal(message.CreatedAt, DateTimeOffset.Parse((string)payload["createdAt"]!, CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(201)]
    [InlineData(202)]
    [InlineData(204)]
    public async Task Any_2xx_answer_means_sent(int status)
    {
        Fixture.Receiver.AnswerWith(status);
        Assert.Equal(SendOutcome.Accepted, (await Fixture.SendAsync(NewMessage())).Outcome);
    }

    [Theory]
    [InlineData(301)]
    [InlineData(307)]
    public async Task A_redirect_is_not_followed_and_fails_for_good(int status)
    {
        Fixture.Receiver.AnswerWith(status);
        var result = await Fixture.SendAsync(NewMessage());
        Assert.Equal(SendOutcome.PermanentFailure, result.Outcome);
        Assert.Contains("redirect", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_receiver_is_transient()
    {
        var unreachable = ProviderConfiguration.Create("gone", "webhook",
            new System.Text.Json.Nodes.JsonObject { ["url"] = $"http://127.0.0.1:{Infrastructure.FreePort.Get()}/hook" },
            new Dictionary<string, string> { ["secret"] = Fixture.Receiver.Secret });
        var result = await Fixture.Provider.SendAsync(unreachable, NewMessage(), CancellationToken.None);
        Assert.Equal(SendOutcome.TransientFailure, result.Outcome);
    }

    [Theory]
    [InlineData("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", true)]
    [InlineData("whsec_AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4vMDEyMzQ1Njc4OTo7PD0+P0A=", false)]
    [InlineData("whsec_c2hvcnQ=", false)]
    [InlineData("whsec_not base64!", false)]
    [InlineData("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", false)]
    [InlineData("a raw shared secret", false)]
    public void The_secret_must_be_a_standard_webhooks_secret(string secret, bool accepted)
    {
        var errors = ProviderConfigurationValidator.Validate(Fixture.Provider,
            new System.Text.Json.Nodes.JsonObject { ["url"] = "http://127.0.0.1/hook" }, new System.Text.Json.Nodes.JsonObject { ["secret"] = secret });
        Assert.Equal(accepted, errors.Count == 0);
    }
}
