using System.Text.Json.Nodes;
using Hub.Channels;

namespace Hub.IntegrationTests.Channels.Twilio;

/// <summary>The compliance suite, and what is particular to Twilio's Messages API: the exact request and its documented answers.</summary>
public sealed class TwilioProviderComplianceTests(TwilioProviderFixture fixture)
    : ChannelProviderCompliance<TwilioProviderFixture>(fixture), IClassFixture<TwilioProviderFixture>
{
    [Fact]
    public async Task The_send_is_the_documented_form_with_basic_auth_and_a_status_callback_naming_the_message()
    {
        Fixture.Answer(FarSideAnswer.Accepts);
        var message = NewMessage() with { Body = "Hello! 👍 & more = fun+games" };

        var result = await Fixture.SendAsync(message);

        Assert.Equal(SendOutcome.Accepted, result.Outcome);
        Assert.Equal(TwilioFake.SidFor(message.Id), result.ProviderMessageId);
        Assert.Equal(201, result.HttpStatus);
        var send = Assert.Single(Fixture.Fake.Received, s => s.MessageId == message.Id);
        Assert.Empty(send.Problems);
        Assert.Equal((TwilioProviderFixture.AccountSid, TwilioProviderFixture.AuthToken), (send.Username, send.Password));
        Assert.Equal<string>(["To", "From", "Body", "StatusCallback"], send.Form.AllKeys.Select(k => k!));
        Assert.Equal(message.To, send.Form["To"]);
        Assert.Equal(TwilioProviderFixture.From, send.Form["From"]);
        Assert.Equal(message.Body, send.Form["Body"]);
        Assert.Equal($"https://hub.example.com/providers/twilio-us/status?hubMessageId={message.Id}", send.Form["StatusCallback"]);
    }

    [Fact]
    public async Task A_messaging_service_picks_the_sender_instead_of_from()
    {
        const string service = "MG0123456789abcdef0123456789abcdef";
        using var fake = new TwilioFake(TwilioProviderFixture.AccountSid, "t0ken", null, service, "https://hub.example.com/base/providers/twilio-us/status");
        var provider = ProviderConfiguration.Create("twilio-us", "twilio",
            new JsonObject { ["baseUrl"] = fake.BaseUrl + "/", ["accountSid"] = TwilioProviderFixture.AccountSid, ["messagingServiceSid"] = service, ["callbackBaseUrl"] = "https://hub.example.com/base/" },
            new Dictionary<string, string> { ["authToken"] = "t0ken" });

        var result = await Fixture.Provider.SendAsync(provider, NewMessage(), CancellationToken.None);

        Assert.True(result.Succeeded, result.Error);
        var send = Assert.Single(fake.Received);
        Assert.Empty(send.Problems);
        Assert.Equal<string>(["To", "MessagingServiceSid", "Body", "StatusCallback"], send.Form.AllKeys.Select(k => k!));
    }

    [Fact]
    public async Task The_documented_refusal_of_an_invalid_number_is_permanent_with_its_code()
    {
        Fixture.Fake.AnswerWith(400, TwilioProviderFixture.Sample("error-response.400.json"));

        var result = await Fixture.SendAsync(NewMessage());

        Assert.Equal(SendOutcome.PermanentFailure, result.Outcome);
        Assert.Equal("21211", result.ErrorCode);
        Assert.Equal(400, result.HttpStatus);
        Assert.DoesNotContain("+1555", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_documented_throttling_answer_is_transient_with_its_wait_and_code()
    {
        Fixture.Fake.AnswerWith(429, TwilioProviderFixture.Sample("error-response.429.json"), retryAfter: "12");

        var result = await Fixture.SendAsync(NewMessage());

        Assert.Equal(SendOutcome.TransientFailure, result.Outcome);
        Assert.Equal(TimeSpan.FromSeconds(12), result.RetryAfter);
        Assert.Equal("20429", result.ErrorCode);
    }

    [Theory]
    [InlineData(400, 21211, SendOutcome.PermanentFailure)]
    [InlineData(400, 21610, SendOutcome.PermanentFailure)]
    [InlineData(400, 21606, SendOutcome.PermanentFailure)]
    [InlineData(400, 21614, SendOutcome.Unreachable)]
    [InlineData(400, 21612, SendOutcome.Unreachable)]
    [InlineData(400, 21408, SendOutcome.Unreachable)]
    [InlineData(400, 21611, SendOutcome.TransientFailure)]
    [InlineData(400, 14107, SendOutcome.TransientFailure)]
    [InlineData(401, 20003, SendOutcome.PermanentFailure)]
    [InlineData(404, 20404, SendOutcome.PermanentFailure)]
    [InlineData(429, 20429, SendOutcome.TransientFailure)]
    [InlineData(500, 20500, SendOutcome.TransientFailure)]
    [InlineData(503, 20503, SendOutcome.TransientFailure)]
    public async Task Error_codes_are_classified(int status, int code, SendOutcome expected)
    {
        Fixture.Fake.AnswerWith(status, $$"""{"code":{{code}},"message":"as configured","more_info":"https://www.twilio.com/docs/errors/{{code}}","status":{{status}}}""");

        var result = await Fixture.SendAsync(NewMessage());

        Assert.Equal(expected, result.Outcome);
        Assert.Equal(code.ToString(System.Globalization.CultureInfo.InvariantCulture), result.ErrorCode);
        Assert.Equal(status, result.HttpStatus);
    }

    [Theory]
    [InlineData(400, SendOutcome.PermanentFailure)]
    [InlineData(301, SendOutcome.PermanentFailure)]
    [InlineData(408, SendOutcome.TransientFailure)]
    [InlineData(502, SendOutcome.TransientFailure)]
    public async Task Statuses_without_a_body_are_classified(int status, SendOutcome expected)
    {
        Fixture.Fake.AnswerWith(status);
        var result = await Fixture.SendAsync(NewMessage());
        Assert.Equal(expected, result.Outcome);
        Assert.Null(result.ErrorCode);
    }

    [Fact]
    public async Task Wrong_credentials_are_a_permanent_failure()
    {
        Fixture.Answer(FarSideAnswer.Accepts);
        var result = await Fixture.Provider.SendAsync(Fixture.Configure(authToken: "wrong"), NewMessage(), CancellationToken.None);
        Assert.Equal(SendOutcome.PermanentFailure, result.Outcome);
        Assert.Equal((401, "20003"), (result.HttpStatus, result.ErrorCode));
        Assert.Contains("authToken", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_message_twilio_already_failed_is_not_sent()
    {
        var answer = JsonNode.Parse(TwilioProviderFixture.Sample("message-create.response.201.json"))!.AsObject();
        answer["status"] = "failed";
        answer["error_code"] = 30007;
        Fixture.Fake.AnswerWith(201, answer.ToJsonString());

        var result = await Fixture.SendAsync(NewMessage());

        Assert.Equal(SendOutcome.PermanentFailure, result.Outcome);
        Assert.Equal("30007", result.ErrorCode);
    }

    [Fact]
    public async Task An_unreachable_api_is_transient()
    {
        var provider = Fixture.Configure(settings: new JsonObject { ["baseUrl"] = $"http://127.0.0.1:{Infrastructure.FreePort.Get()}" });
        Assert.Equal(SendOutcome.TransientFailure, (await Fixture.Provider.SendAsync(provider, NewMessage(), CancellationToken.None)).Outcome);
    }

    [Fact]
    public async Task Without_a_sender_nothing_is_sent()
    {
        var before = Fixture.Fake.Received.Count;
        var provider = Fixture.Configure(settings: new JsonObject { ["from"] = null });
        Assert.Equal(SendOutcome.PermanentFailure, (await Fixture.Provider.SendAsync(provider, NewMessage(), CancellationToken.None)).Outcome);
        Assert.Equal(before, Fixture.Fake.Received.Count);
    }

    [Fact]
    public void The_settings_are_validated()
    {
        Assert.Equal(["baseUrl", "accountSid", "from", "messagingServiceSid", "callbackBaseUrl", "timeoutSeconds"], Fixture.Provider.Settings.Select(f => f.Name));
        Assert.Equal(["authToken"], Fixture.Provider.Credentials.Select(f => f.Name));
        var errors = ProviderConfigurationValidator.Validate(Fixture.Provider,
            new JsonObject { ["accountSid"] = "AC123", ["messagingServiceSid"] = "MGxyz", ["callbackBaseUrl"] = "hub.example.com" }, []);
        Assert.Equal(["credentials.authToken", "settings.accountSid", "settings.callbackBaseUrl", "settings.messagingServiceSid"], errors.Keys.Order());
        Assert.Empty(ProviderConfigurationValidator.Validate(Fixture.Provider,
            new JsonObject { ["accountSid"] = TwilioProviderFixture.AccountSid, ["from"] = "+15017122661", ["callbackBaseUrl"] = "https://hub.example.com" },
            new JsonObject { ["authToken"] = "t" }));
    }
}
