using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Hub.Channels;

namespace Hub.IntegrationTests.Channels.SendGrid;

/// <summary>
/// The compliance suite against a fake of SendGrid's Mail Send API, and what is particular to SendGrid: the request as
/// the API documents it, its error bodies, rate-limit headers, and the real signed Event Webhook vector.
/// </summary>
public sealed class SendGridProviderComplianceTests(SendGridProviderFixture fixture)
    : ChannelProviderCompliance<SendGridProviderFixture>(fixture), IClassFixture<SendGridProviderFixture>
{
    [Fact]
    public async Task The_request_is_the_documented_mail_send_with_hubs_id_as_custom_arg()
    {
        Fixture.Answer(FarSideAnswer.Accepts);
        var expected = JsonNode.Parse(File.ReadAllText(SendGridFake.Fixture("mail-send.request.minimal.json")))!.AsObject();
        var message = NewMessage() with
        {
            To = (string)expected["personalizations"]![0]!["to"]![0]!["email"]!,
            Subject = (string)expected["subject"]!,
            Body = (string)expected["content"]![0]!["value"]!,
            HtmlBody = (string)expected["content"]![1]!["value"]!,
        };

        var result = await Fixture.SendAsync(message);

        Assert.Equal(SendOutcome.Accepted, result.Outcome);
        Assert.Equal(SendGridFake.AcceptedMessageId, result.ProviderMessageId);
        Assert.Equal(202, result.HttpStatus);
        var sent = Assert.Single(Fixture.Fake.Sends, s => (string?)s.Body["personalizations"]![0]!["custom_args"]!["hub_message_id"] == message.Id).Body;
        // Hub knows no recipient name; it adds its id as a header too, for the copies a retry after a lost answer can make.
        expected["personalizations"]![0]!["to"]![0]!.AsObject().Remove("name");
        expected["personalizations"]![0]!["custom_args"]!["hub_message_id"] = message.Id;
        expected["headers"] = new JsonObject { ["X-Hub-Message-Id"] = message.Id };
        Assert.True(JsonNode.DeepEquals(expected, sent), sent.ToJsonString());
    }

    [Fact]
    public async Task A_text_only_message_has_one_content_and_reply_to_when_set()
    {
        Fixture.Answer(FarSideAnswer.Accepts);
        var configuration = ProviderConfiguration.Create("sendgrid-reply", "sendgrid",
            new JsonObject { ["baseUrl"] = Fixture.Fake.BaseUrl, ["from"] = "noreply@example.com", ["replyTo"] = "Support <support@example.com>" },
            new Dictionary<string, string> { ["apiKey"] = SendGridFake.ApiKey });
        var message = NewMessage();

        Assert.True((await Fixture.Provider.SendAsync(configuration, message, CancellationToken.None)).Succeeded);

        var sent = Assert.Single(Fixture.Fake.Sends, s => (string?)s.Body["personalizations"]![0]!["custom_args"]!["hub_message_id"] == message.Id).Body;
        Assert.Equal("""[{"type":"text/plain","value":"%"}]""".Replace("%", message.Body, StringComparison.Ordinal), sent["content"]!.ToJsonString());
        Assert.Equal("""{"email":"noreply@example.com"}""", sent["from"]!.ToJsonString());
        Assert.Equal("""{"email":"support@example.com","name":"Support"}""", sent["reply_to"]!.ToJsonString());
    }

    [Fact]
    public async Task The_documented_400_is_permanent_with_its_message()
    {
        Fixture.Answer(FarSideAnswer.Refuses);

        var result = await Fixture.SendAsync(NewMessage());

        Assert.Equal(SendOutcome.PermanentFailure, result.Outcome);
        Assert.Equal(400, result.HttpStatus);
        Assert.Contains("from.email: The from object must be provided", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("example@example.com", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_documented_413_is_permanent_with_its_message()
    {
        Fixture.Fake.AnswerWith(413, File.ReadAllText(SendGridFake.Fixture("mail-send.response.413.json")));

        var result = await Fixture.SendAsync(NewMessage());

        Assert.Equal(SendOutcome.PermanentFailure, result.Outcome);
        Assert.Contains("content too large", result.Error, StringComparison.Ordinal);
        Fixture.Answer(FarSideAnswer.Accepts);
    }

    [Theory]
    [InlineData(401, SendOutcome.PermanentFailure)]
    [InlineData(403, SendOutcome.PermanentFailure)]
    [InlineData(404, SendOutcome.PermanentFailure)]
    [InlineData(408, SendOutcome.TransientFailure)]
    [InlineData(429, SendOutcome.TransientFailure)]
    [InlineData(500, SendOutcome.TransientFailure)]
    [InlineData(502, SendOutcome.TransientFailure)]
    [InlineData(503, SendOutcome.TransientFailure)]
    public async Task Statuses_are_classified(int status, SendOutcome outcome)
    {
        Fixture.Fake.AnswerWith(status, """{"errors":[{"message":"authorization required","field":null}]}""");

        var result = await Fixture.SendAsync(NewMessage());

        Assert.Equal(outcome, result.Outcome);
        Assert.Equal(status, result.HttpStatus);
        Fixture.Answer(FarSideAnswer.Accepts);
    }

    [Fact]
    public async Task A_429_without_retry_after_waits_for_the_rate_limit_reset()
    {
        var reset = DateTimeOffset.UtcNow.AddSeconds(40).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        Fixture.Fake.AnswerWith(429, headers: new Dictionary<string, string> { ["X-RateLimit-Remaining"] = "0", ["X-RateLimit-Reset"] = reset });

        var result = await Fixture.SendAsync(NewMessage());

        Assert.Equal(SendOutcome.TransientFailure, result.Outcome);
        Assert.InRange(result.RetryAfter!.Value, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(41));
        Fixture.Answer(FarSideAnswer.Accepts);
    }

    [Fact]
    public void The_real_signed_sample_verifies_and_maps()
    {
        var (configuration, callback) = RealSignedSample(trimTrailingCrlf: false);

        var result = ((IProviderCallbacks)Fixture.Provider).Handle(configuration, callback);

        Assert.Equal(200, result.StatusCode);
        var receipt = Assert.Single(result.Receipts);
        Assert.Equal(ReceiptStatus.Failed, receipt.Status);
        Assert.Equal("LRzXl_NHStOGhQ4kofSm_A", receipt.ProviderMessageId);
        Assert.Null(receipt.MessageId);
        Assert.Equal("dropped", receipt.ProviderStatus);
        Assert.Equal("Bounced Address", receipt.Error);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1600112492), receipt.OccurredAt);
    }

    [Fact]
    public void The_real_signed_sample_without_its_trailing_crlf_is_refused()
    {
        var (configuration, callback) = RealSignedSample(trimTrailingCrlf: true);

        var result = ((IProviderCallbacks)Fixture.Provider).Handle(configuration, callback);

        Assert.Equal(401, result.StatusCode);
        Assert.Empty(result.Receipts);
    }

    [Fact]
    public void The_real_signed_sample_is_refused_by_an_instance_with_another_key()
    {
        var (_, callback) = RealSignedSample(trimTrailingCrlf: false);

        Assert.Equal(401, ((IProviderCallbacks)Fixture.Provider).Handle(Fixture.Configuration, callback).StatusCode);
    }

    [Fact]
    public void Events_are_refused_by_an_instance_without_a_key()
    {
        var keyless = ProviderConfiguration.Create("sendgrid-keyless", "sendgrid",
            new JsonObject { ["from"] = "noreply@example.com" }, new Dictionary<string, string> { ["apiKey"] = SendGridFake.ApiKey });

        var result = ((IProviderCallbacks)Fixture.Provider).Handle(keyless, Fixture.Signer.SignedCallback("[]"u8.ToArray()));

        Assert.Equal(401, result.StatusCode);
    }

    [Fact]
    public void Other_paths_are_not_found_and_signed_garbage_is_invalid()
    {
        var callbacks = (IProviderCallbacks)Fixture.Provider;

        Assert.Equal(404, callbacks.Handle(Fixture.Configuration, Fixture.Signer.SignedCallback("[]"u8.ToArray(), path: "inbound")).StatusCode);
        Assert.Equal(400, callbacks.Handle(Fixture.Configuration, Fixture.Signer.SignedCallback("not json"u8.ToArray())).StatusCode);
        Assert.Equal(400, callbacks.Handle(Fixture.Configuration, Fixture.Signer.SignedCallback("""{"event":"delivered"}"""u8.ToArray())).StatusCode);
        var empty = callbacks.Handle(Fixture.Configuration, Fixture.Signer.SignedCallback("[]"u8.ToArray()));
        Assert.Equal(200, empty.StatusCode);
        Assert.Empty(empty.Receipts);
    }

    [Fact]
    public void A_bounce_reason_that_quotes_the_address_does_not_repeat_it()
    {
        var body = """[{"email":"gone@example.com","event":"bounce","type":"bounce","status":"5.1.1","reason":"550 5.1.1 <gone@example.com>: user unknown","sg_message_id":"abc.filter1","timestamp":1}]"""u8.ToArray();

        var receipt = Assert.Single(((IProviderCallbacks)Fixture.Provider).Handle(Fixture.Configuration, Fixture.Signer.SignedCallback(body)).Receipts);

        Assert.Equal(ReceiptStatus.Undeliverable, receipt.Status);
        Assert.Equal("5.1.1", receipt.ErrorCode);
        Assert.DoesNotContain("gone@example.com", receipt.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE83T4O/n84iotIvIW4mdBgQ/7dAfSmpqIM8kF9mN1flpVKS3GRqe62gw+2fNNRaINXvVpiglSI8eNEc6wEA3F+g==", true)]
    [InlineData("not a key", false)]
    [InlineData("c2hvcnQ=", false)]
    public void The_webhook_key_must_be_a_p256_public_key(string key, bool accepted)
    {
        var errors = ProviderConfigurationValidator.Validate(Fixture.Provider,
            new JsonObject { ["from"] = "noreply@example.com" }, new JsonObject { ["apiKey"] = "SG.x", ["webhookPublicKey"] = key });

        Assert.Equal(accepted, errors.Count == 0);
    }

    [Fact]
    public void A_p384_key_is_refused()
    {
        using var p384 = ECDsa.Create(ECCurve.NamedCurves.nistP384);
        var errors = ProviderConfigurationValidator.Validate(Fixture.Provider, new JsonObject { ["from"] = "noreply@example.com" },
            new JsonObject { ["apiKey"] = "SG.x", ["webhookPublicKey"] = Convert.ToBase64String(p384.ExportSubjectPublicKeyInfo()) });

        Assert.Contains("credentials.webhookPublicKey", errors.Keys);
    }

    [Fact]
    public async Task It_carries_email_only()
    {
        Assert.False(Fixture.Provider.Supports("sms"));
        Assert.Equal(SendOutcome.PermanentFailure, (await Fixture.SendAsync(NewMessage("sms"))).Outcome);
    }

    private static (ProviderConfiguration Configuration, ProviderCallback Callback) RealSignedSample(bool trimTrailingCrlf)
    {
        var meta = JsonNode.Parse(File.ReadAllText(SendGridFake.Fixture("event-webhook.signed-sample.meta.json")))!;
        var body = File.ReadAllBytes(SendGridFake.Fixture((string)meta["bodyFile"]!));
        Assert.Equal("\r\n"u8.ToArray(), body[^2..]);
        var configuration = ProviderConfiguration.Create("sendgrid-real", "sendgrid", new JsonObject { ["from"] = "noreply@example.com" },
            new Dictionary<string, string> { ["apiKey"] = SendGridFake.ApiKey, ["webhookPublicKey"] = (string)meta["verificationKey"]! });
        var headers = meta["headers"]!.AsObject().ToDictionary(h => h.Key, h => (string)h.Value!);
        return (configuration, SendGridEventSigner.Callback(trimTrailingCrlf ? body[..^2] : body, headers));
    }
}
