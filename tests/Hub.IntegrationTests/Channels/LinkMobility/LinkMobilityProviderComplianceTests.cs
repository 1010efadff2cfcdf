using System.Text.Json.Nodes;
using Hub.Channels;

namespace Hub.IntegrationTests.Channels.LinkMobility;

/// <summary>The compliance suite, and what is particular to LINK: the exact request, its documented answers, and settings.</summary>
public sealed class LinkMobilityProviderComplianceTests(LinkMobilityProviderFixture fixture)
    : ChannelProviderCompliance<LinkMobilityProviderFixture>(fixture), IClassFixture<LinkMobilityProviderFixture>
{
    [Fact]
    public async Task The_send_is_the_documented_request_with_basic_auth_and_the_message_id_as_refId()
    {
        Fixture.Answer(FarSideAnswer.Accepts);
        var message = NewMessage();

        var result = await Fixture.SendAsync(message);

        Assert.Equal(SendOutcome.Accepted, result.Outcome);
        Assert.Equal(LinkMobilityFake.MessageIdFor(message.Id), result.ProviderMessageId);
        var send = Assert.Single(Fixture.Fake.Received, s => s.RefId == message.Id);
        Assert.Empty(send.Problems);
        Assert.Equal(("hub-api", Fixture.Fake.Password), (send.Username, send.Password));
        Assert.StartsWith("application/json", send.ContentType, StringComparison.Ordinal);
        var body = send.Body!;
        Assert.Equal(
            ["source", "destination", "userData", "platformId", "platformPartnerId", "refId", "useDeliveryReport", "deliveryReportGates", "ignoreResponse"],
            body.Select(p => p.Key));
        Assert.Equal("HubShop", (string?)body["source"]);
        Assert.Equal(message.To, (string?)body["destination"]);
        Assert.Equal(message.Body, (string?)body["userData"]);
        Assert.Equal("HUB-PLATFORM", (string?)body["platformId"]);
        Assert.Equal("HUB-PARTNER", (string?)body["platformPartnerId"]);
        Assert.Equal(message.Id, (string?)body["refId"]);
        Assert.True((bool)body["useDeliveryReport"]!);
        Assert.Equal(["HUBGATE01"], body["deliveryReportGates"]!.AsArray().Select(g => (string?)g));
        Assert.False((bool)body["ignoreResponse"]!);
    }

    [Fact]
    public async Task Without_a_gate_no_delivery_report_is_asked_for()
    {
        using var fake = new LinkMobilityFake("u", "p", "1", "2", "HubShop", gate: null);
        var provider = Hub.Channels.ProviderConfiguration.Create("link-nogate", "linkmobility",
            new JsonObject { ["baseUrl"] = fake.BaseUrl, ["platformId"] = "1", ["platformPartnerId"] = "2", ["source"] = "HubShop" },
            new Dictionary<string, string> { ["username"] = "u", ["password"] = "p" });
        var message = NewMessage();

        var result = await Fixture.Provider.SendAsync(provider, message, CancellationToken.None);

        Assert.True(result.Succeeded, result.Error);
        var body = Assert.Single(fake.Received).Body!;
        Assert.False((bool)body["useDeliveryReport"]!);
        Assert.False(body.ContainsKey("deliveryReportGates"));
    }

    [Theory]
    [InlineData("2333", "SHORTNUMBER")]
    [InlineData("+4741560067", "MSISDN")]
    [InlineData("LINK", null)]
    public async Task A_numeric_sender_says_its_type_of_number(string source, string? ton)
    {
        using var fake = new LinkMobilityFake("u", "p", "1", "2", source, gate: null);
        var provider = Hub.Channels.ProviderConfiguration.Create("link-sender", "linkmobility",
            new JsonObject { ["baseUrl"] = fake.BaseUrl + "/", ["platformId"] = "1", ["platformPartnerId"] = "2", ["source"] = source },
            new Dictionary<string, string> { ["username"] = "u", ["password"] = "p" });

        Assert.True((await Fixture.Provider.SendAsync(provider, NewMessage(), CancellationToken.None)).Succeeded);

        var send = Assert.Single(fake.Received);
        Assert.Empty(send.Problems);
        Assert.Equal(ton, (string?)send.Body!["sourceTON"]);
    }

    [Theory]
    [InlineData("sms-send.response.200.json")]
    [InlineData("sms-send.response.200.with-smsCount.json")]
    public async Task The_documented_answers_give_the_message_id(string file)
    {
        Fixture.Fake.AnswerWith(200, LinkMobilityProviderFixture.Sample(file));

        var result = await Fixture.SendAsync(NewMessage());

        Assert.Equal(SendOutcome.Accepted, result.Outcome);
        Assert.Equal("Dcshuhod0PMAAAFQ+/PbnR3x", result.ProviderMessageId);
        Assert.Equal(200, result.HttpStatus);
    }

    [Fact]
    public async Task A_204_without_a_body_is_sent()
    {
        Fixture.Fake.AnswerWith(204);
        var result = await Fixture.SendAsync(NewMessage());
        Assert.Equal(SendOutcome.Accepted, result.Outcome);
        Assert.Null(result.ProviderMessageId);
    }

    [Theory]
    [InlineData(400, SendOutcome.PermanentFailure)]
    [InlineData(401, SendOutcome.PermanentFailure)]
    [InlineData(403, SendOutcome.PermanentFailure)]
    [InlineData(404, SendOutcome.PermanentFailure)]
    [InlineData(301, SendOutcome.PermanentFailure)]
    [InlineData(408, SendOutcome.TransientFailure)]
    [InlineData(429, SendOutcome.TransientFailure)]
    [InlineData(500, SendOutcome.TransientFailure)]
    [InlineData(502, SendOutcome.TransientFailure)]
    [InlineData(503, SendOutcome.TransientFailure)]
    public async Task Http_statuses_without_a_result_code_are_classified(int status, SendOutcome expected)
    {
        Fixture.Fake.AnswerWith(status, status == 301 ? null : $$"""{"status":{{status}},"description":"as configured"}""");

        var result = await Fixture.SendAsync(NewMessage());

        Assert.Equal(expected, result.Outcome);
        Assert.Equal(status, result.HttpStatus);
        Assert.Null(result.ErrorCode);
        Assert.False(string.IsNullOrWhiteSpace(result.Error));
    }

    [Fact]
    public async Task Wrong_credentials_are_a_permanent_failure()
    {
        var provider = Fixture.Configure(credentials: new Dictionary<string, string> { ["username"] = "hub-api", ["password"] = "wrong" });
        Fixture.Answer(FarSideAnswer.Accepts);

        var result = await Fixture.Provider.SendAsync(provider, NewMessage(), CancellationToken.None);

        Assert.Equal(SendOutcome.PermanentFailure, result.Outcome);
        Assert.Equal(401, result.HttpStatus);
        Assert.Contains("username and password", result.Error, StringComparison.Ordinal);
    }

    public static TheoryData<int, int, SendOutcome> EveryResultCode()
    {
        var codes = JsonNode.Parse(LinkMobilityProviderFixture.Sample("result-codes.json"))!;
        var data = new TheoryData<int, int, SendOutcome>();
        foreach (var entry in codes["dlrResultCodes"]!.AsArray())
        {
            var code = (int)entry!["code"]!;
            data.Add(code, 200, ExpectedSendOutcome(code));
        }
        foreach (var entry in codes["sendErrorResultCodes"]!.AsArray())
        {
            var code = (int)entry!["code"]!;
            data.Add(code, code is 106100 or 106101 ? 401 : 400, ExpectedSendOutcome(code));
        }
        foreach (var (code, _) in codes["gateApiErrorCodes"]!.AsObject())
        {
            data.Add(int.Parse(code, System.Globalization.CultureInfo.InvariantCulture), 400, ExpectedSendOutcome(int.Parse(code, System.Globalization.CultureInfo.InvariantCulture)));
        }
        return data;
    }

    /// <summary>The classification, written from LINK's tables independently of the plugin's own.</summary>
    private static SendOutcome ExpectedSendOutcome(int code) => code switch
    {
        1001 or 1007 => SendOutcome.Delivered,
        1000 or 1005 or 1008 or 1011 or 1012 or 1013 => SendOutcome.Accepted,
        0 or 1 or 3 or 4 or 5 or 6 or 105 or 1004 or 106000 or 106300 or 103000 or 103050 => SendOutcome.TransientFailure,
        >= 2100 and <= 2107 => SendOutcome.Unreachable,
        _ => SendOutcome.PermanentFailure,
    };

    [Theory]
    [MemberData(nameof(EveryResultCode))]
    public async Task Every_documented_result_code_is_classified(int code, int status, SendOutcome expected)
    {
        Fixture.Fake.AnswerResultCode(code, status);
        var message = NewMessage();

        var result = await Fixture.SendAsync(message);

        Assert.Equal(expected, result.Outcome);
        Assert.Equal(status, result.HttpStatus);
        if (result.Succeeded)
        {
            Assert.Equal(LinkMobilityFake.MessageIdFor(message.Id), result.ProviderMessageId);
        }
        else
        {
            Assert.Equal(code.ToString(System.Globalization.CultureInfo.InvariantCulture), result.ErrorCode);
            Assert.Contains(code.ToString(System.Globalization.CultureInfo.InvariantCulture), result.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_throttling_answer_is_transient_even_with_a_permanent_code()
    {
        Fixture.Fake.AnswerWith(429, """{"status":429,"resultCode":2000}""", retryAfter: "3");
        var result = await Fixture.SendAsync(NewMessage());
        Assert.Equal(SendOutcome.TransientFailure, result.Outcome);
        Assert.Equal(TimeSpan.FromSeconds(3), result.RetryAfter);
        Assert.Equal("2000", result.ErrorCode);
    }

    [Fact]
    public async Task An_unreachable_api_is_transient()
    {
        var provider = Fixture.Configure(settings: new JsonObject { ["baseUrl"] = $"http://127.0.0.1:{Infrastructure.FreePort.Get()}" });
        var result = await Fixture.Provider.SendAsync(provider, NewMessage(), CancellationToken.None);
        Assert.Equal(SendOutcome.TransientFailure, result.Outcome);
    }

    [Fact]
    public async Task Another_channel_is_refused_without_a_call()
    {
        var before = Fixture.Fake.Received.Count;
        var result = await Fixture.SendAsync(NewMessage("email"));
        Assert.Equal(SendOutcome.PermanentFailure, result.Outcome);
        Assert.Equal(before, Fixture.Fake.Received.Count);
        Assert.True(Fixture.Provider.Supports("sms"));
        Assert.False(Fixture.Provider.Supports("whatsapp"));
    }

    [Fact]
    public void The_settings_are_the_operator_contract()
    {
        Assert.Equal(["baseUrl", "platformId", "platformPartnerId", "source", "deliveryReportGate", "timeoutSeconds"], Fixture.Provider.Settings.Select(f => f.Name));
        Assert.Equal(["username", "password", "callbackUsername", "callbackPassword"], Fixture.Provider.Credentials.Select(f => f.Name));
        var errors = ProviderConfigurationValidator.Validate(Fixture.Provider, new JsonObject { ["source"] = "12345678901234567" }, []);
        Assert.Equal(["credentials.password", "credentials.username", "settings.platformId", "settings.platformPartnerId", "settings.source"], errors.Keys.Order());
        Assert.Empty(ProviderConfigurationValidator.Validate(Fixture.Provider,
            new JsonObject { ["platformId"] = "0", ["platformPartnerId"] = "0", ["source"] = "LINK" },
            new JsonObject { ["username"] = "u", ["password"] = "p" }));
    }

    [Theory]
    [InlineData("LINK", true)]
    [InlineData("Hub Shop", true)]
    [InlineData("2333", true)]
    [InlineData("+4741560067", true)]
    [InlineData("1Shop", false)]
    [InlineData("ABCDEFGHIJKL", false)]
    [InlineData("X", false)]
    public void The_sender_must_be_one_link_accepts(string source, bool accepted)
    {
        var errors = ProviderConfigurationValidator.Validate(Fixture.Provider,
            new JsonObject { ["platformId"] = "0", ["platformPartnerId"] = "0", ["source"] = source },
            new JsonObject { ["username"] = "u", ["password"] = "p" });
        Assert.Equal(accepted, !errors.ContainsKey("settings.source"));
    }

    [Fact]
    public async Task A_configuration_without_credentials_or_ids_fails_for_good_without_a_call()
    {
        var before = Fixture.Fake.Received.Count;
        var bare = Hub.Channels.ProviderConfiguration.Create("bare", "linkmobility", new JsonObject { ["baseUrl"] = Fixture.Fake.BaseUrl });
        Assert.Equal(SendOutcome.PermanentFailure, (await Fixture.Provider.SendAsync(bare, NewMessage(), CancellationToken.None)).Outcome);
        Assert.Equal(before, Fixture.Fake.Received.Count);
    }
}
