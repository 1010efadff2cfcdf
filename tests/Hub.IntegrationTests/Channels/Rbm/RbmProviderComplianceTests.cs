using System.Text;
using System.Text.Json.Nodes;
using Hub.Channels;

namespace Hub.IntegrationTests.Channels.Rbm;

/// <summary>The compliance suite, and what is particular to RBM: the agent message bodies, error classes, the service account's tokens.</summary>
public sealed class RbmProviderComplianceTests(RbmProviderFixture fixture)
    : ChannelProviderCompliance<RbmProviderFixture>(fixture), IClassFixture<RbmProviderFixture>
{
    private static OutboundMessage RcsMessage() => NewMessage("rcs");

    private JsonObject SentBody(string messageId) =>
        Assert.Single(Fixture.Google.AgentMessages, r => r.Query.GetValueOrDefault("messageId") == messageId).Body;

    private static JsonNode FixtureJson(string file) => JsonNode.Parse(RbmWebhooks.File(file))!;

    [Fact]
    public async Task Text_with_suggestions_is_the_documented_agent_message()
    {
        Fixture.Answer(FarSideAnswer.Accepts);
        var message = RcsMessage() with
        {
            Body = "Your order #1234 has shipped. Track it?",
            Suggestions =
            [
                new(Suggestion.Reply, "Yes", "track_yes"),
                new(Suggestion.OpenUrl, "Open tracking", "open_tracking") { Url = "https://example.com/track/1234" },
                new(Suggestion.Dial, "Call us", "call_support") { PhoneNumber = "+15556667777" },
            ],
        };

        var result = await Fixture.Provider.SendAsync(Fixture.Configure(extra: new JsonObject { ["ttlSeconds"] = 3600 }), message, CancellationToken.None);

        Assert.Equal(SendOutcome.Accepted, result.Outcome);
        Assert.Equal(message.Id, result.ProviderMessageId);
        var sent = SentBody(message.Id);
        Assert.True(JsonNode.DeepEquals(FixtureJson("agent-message.text-with-suggestions.request.json"), sent), sent.ToJsonString());
        var (path, query, _, _) = Assert.Single(Fixture.Google.AgentMessages, r => r.Query.GetValueOrDefault("messageId") == message.Id);
        Assert.Equal("/v1/phones/+4791234567/agentMessages", path);
        Assert.Equal(RbmProviderFixture.AgentId, query["agentId"]);
    }

    [Fact]
    public async Task A_rich_card_is_a_vertical_standalone_card_with_its_media_and_suggestions()
    {
        Fixture.Answer(FarSideAnswer.Accepts);
        var message = RcsMessage() with
        {
            Body = "Order shipped. Arrives Thursday",
            Card = new RichCard("Order shipped")
            {
                Description = "Arrives Thursday",
                MediaUrl = "https://example.com/img/parcel.png",
                Suggestions = [new(Suggestion.Reply, "Track", "track")],
            },
        };

        var result = await Fixture.Provider.SendAsync(Fixture.Configure(extra: new JsonObject { ["messageTrafficType"] = "TRANSACTION" }), message, CancellationToken.None);

        Assert.Equal(SendOutcome.Accepted, result.Outcome);
        var expected = FixtureJson("agent-message.rich-card.request.json");
        // The thumbnail's alignment only applies to horizontal cards; Hub sends vertical ones without it.
        expected["contentMessage"]!["richCard"]!["standaloneCard"]!.AsObject().Remove("thumbnailImageAlignment");
        var sent = SentBody(message.Id);
        Assert.True(JsonNode.DeepEquals(expected, sent), sent.ToJsonString());
    }

    [Fact]
    public async Task A_number_rbm_cannot_reach_is_unreachable()
    {
        Fixture.Answer(FarSideAnswer.Accepts);
        var message = RcsMessage() with { To = RbmApiFake.NotRcsReachable };

        var result = await Fixture.SendAsync(message);

        Assert.Equal(SendOutcome.Unreachable, result.Outcome);
        Assert.Equal(404, result.HttpStatus);
        Assert.Equal("NOT_FOUND", result.ErrorCode);
        Assert.Single(await Fixture.ArrivalsOfAsync(message.Id));
    }

    [Fact]
    public async Task A_repeat_rbm_already_took_is_sent_once()
    {
        Fixture.Answer(FarSideAnswer.Accepts);
        var message = RcsMessage();

        var first = await Fixture.SendAsync(message);
        var repeat = await Fixture.SendAsync(message);

        Assert.Equal(SendOutcome.Accepted, first.Outcome);
        Assert.Equal(SendOutcome.Accepted, repeat.Outcome);
        Assert.Equal(409, repeat.HttpStatus);
        Assert.Equal("ALREADY_EXISTS", repeat.ErrorCode);
    }

    [Theory]
    [InlineData(429, "RESOURCE_EXHAUSTED", SendOutcome.TransientFailure)]
    [InlineData(500, "INTERNAL", SendOutcome.TransientFailure)]
    [InlineData(503, "UNAVAILABLE", SendOutcome.TransientFailure)]
    [InlineData(504, "DEADLINE_EXCEEDED", SendOutcome.TransientFailure)]
    [InlineData(400, "INVALID_ARGUMENT", SendOutcome.PermanentFailure)]
    [InlineData(403, "PERMISSION_DENIED", SendOutcome.PermanentFailure)]
    [InlineData(404, "NOT_FOUND", SendOutcome.Unreachable)]
    [InlineData(409, "ALREADY_EXISTS", SendOutcome.Accepted)]
    public async Task Google_errors_are_classified(int status, string name, SendOutcome expected)
    {
        Fixture.Google.AnswerWith(status, $$$"""{"error":{"code":{{{status}}},"message":"Illustrative.","status":"{{{name}}}"}}""");

        var result = await Fixture.Provider.SendAsync(Fixture.Configure(), RcsMessage(), CancellationToken.None);

        Assert.Equal(expected, result.Outcome);
        Assert.Equal(status, result.HttpStatus);
        Assert.Equal(name, result.ErrorCode);
    }

    [Fact]
    public async Task The_fixture_429_is_transient_and_a_retry_after_is_honoured()
    {
        Fixture.Google.AnswerWith(429, Encoding.UTF8.GetString(RbmWebhooks.File("error.429-resource-exhausted.json")), retryAfter: "20");
        var result = await Fixture.Provider.SendAsync(Fixture.Configure(), RcsMessage(), CancellationToken.None);
        Assert.Equal(SendOutcome.TransientFailure, result.Outcome);
        Assert.Equal("RESOURCE_EXHAUSTED", result.ErrorCode);
        Assert.Equal(TimeSpan.FromSeconds(20), result.RetryAfter);
    }

    [Fact]
    public async Task One_access_token_serves_many_sends()
    {
        Fixture.Answer(FarSideAnswer.Accepts);
        var configuration = Fixture.Configure();
        var before = Fixture.Google.TokensIssued;

        var results = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Fixture.Provider.SendAsync(configuration, RcsMessage(), CancellationToken.None)));

        Assert.All(results, r => Assert.Equal(SendOutcome.Accepted, r.Outcome));
        Assert.Equal(before + 1, Fixture.Google.TokensIssued);
    }

    [Fact]
    public async Task A_refused_token_is_dropped_and_the_retry_gets_a_new_one()
    {
        Fixture.Answer(FarSideAnswer.Accepts);
        var configuration = Fixture.Configure();
        var before = Fixture.Google.TokensIssued;
        Assert.Equal(SendOutcome.Accepted, (await Fixture.Provider.SendAsync(configuration, RcsMessage(), CancellationToken.None)).Outcome);
        var issued = Fixture.Google.TokensIssued;
        // Only this configuration's token: the other tests' instances keep theirs.
        Fixture.Google.RevokeTokensIssuedAfter(before);

        var refused = await Fixture.Provider.SendAsync(configuration, RcsMessage(), CancellationToken.None);
        var retried = await Fixture.Provider.SendAsync(configuration, RcsMessage(), CancellationToken.None);

        Assert.Equal(SendOutcome.TransientFailure, refused.Outcome);
        Assert.Equal("UNAUTHENTICATED", refused.ErrorCode);
        Assert.Equal(SendOutcome.Accepted, retried.Outcome);
        Assert.Equal(issued + 1, Fixture.Google.TokensIssued);
    }

    [Theory]
    [InlineData(400, SendOutcome.PermanentFailure)]
    [InlineData(503, SendOutcome.TransientFailure)]
    public async Task A_token_endpoint_failure_is_classified_and_sends_nothing(int status, SendOutcome expected)
    {
        var message = RcsMessage();
        Fixture.Google.TokenEndpointAnswers(status);
        try
        {
            var result = await Fixture.Provider.SendAsync(Fixture.Configure(), message, CancellationToken.None);

            Assert.Equal(expected, result.Outcome);
            Assert.Equal(status, result.HttpStatus);
            Assert.Empty(await Fixture.ArrivalsOfAsync(message.Id));
        }
        finally
        {
            Fixture.Google.TokenEndpointAnswers(null);
        }
    }

    [Fact]
    public async Task A_key_google_does_not_know_is_refused_for_good()
    {
        using var stranger = new GoogleServiceAccount();
        var result = await Fixture.Provider.SendAsync(Fixture.Configure(serviceAccountJson: stranger.Json(Fixture.Google.TokenUrl)), RcsMessage(), CancellationToken.None);
        Assert.Equal(SendOutcome.PermanentFailure, result.Outcome);
        Assert.Equal("invalid_grant", result.ErrorCode);
    }

    [Theory]
    [InlineData("4791234567")]
    [InlineData("+47 91234567")]
    [InlineData("+4791234567/../../x")]
    public async Task A_recipient_that_is_not_e164_fails_without_a_call(string to)
    {
        var message = RcsMessage() with { To = to };
        Assert.Equal(SendOutcome.PermanentFailure, (await Fixture.SendAsync(message)).Outcome);
        Assert.Empty(await Fixture.ArrivalsOfAsync(message.Id));
    }

    [Fact]
    public async Task An_open_url_suggestion_without_a_url_fails_without_a_call()
    {
        var message = RcsMessage() with { Suggestions = [new(Suggestion.OpenUrl, "Open", "open")] };
        Assert.Equal(SendOutcome.PermanentFailure, (await Fixture.SendAsync(message)).Outcome);
        Assert.Empty(await Fixture.ArrivalsOfAsync(message.Id));
    }

    [Fact]
    public async Task Neither_the_phone_number_nor_the_text_is_logged_on_any_answer()
    {
        var message = RcsMessage();
        foreach (var answer in Enum.GetValues<FarSideAnswer>())
        {
            Fixture.Answer(answer);
            await Fixture.SendAsync(message);
        }
        Fixture.Answer(FarSideAnswer.Accepts);

        Assert.NotEmpty(Fixture.Logs.Lines);
        Assert.All(Fixture.Logs.Lines, line =>
        {
            Assert.DoesNotContain("4791234567", line, StringComparison.Ordinal);
            Assert.DoesNotContain(message.Body, line, StringComparison.Ordinal);
        });
    }
}
