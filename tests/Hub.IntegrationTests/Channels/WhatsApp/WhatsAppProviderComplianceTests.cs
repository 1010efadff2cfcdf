using System.Text;
using System.Text.Json.Nodes;
using Hub.Channels;

namespace Hub.IntegrationTests.Channels.WhatsApp;

/// <summary>The compliance suite, and what is particular to WhatsApp: the request bodies Meta documents, Graph error codes, the webhook.</summary>
public sealed class WhatsAppProviderComplianceTests(WhatsAppProviderFixture fixture)
    : ChannelProviderCompliance<WhatsAppProviderFixture>(fixture), IClassFixture<WhatsAppProviderFixture>
{
    private static OutboundMessage WhatsAppMessage() => NewMessage("whatsapp");

    private JsonObject SentBody(string messageId) =>
        Assert.Single(Fixture.Graph.Requests, r => (string?)r.Body["biz_opaque_callback_data"] == messageId).Body;

    [Fact]
    public async Task Free_form_text_is_sent_as_meta_documents_it()
    {
        Fixture.Answer(FarSideAnswer.Accepts);
        var message = WhatsAppMessage();

        var result = await Fixture.SendAsync(message);

        Assert.Equal(SendOutcome.Accepted, result.Outcome);
        Assert.StartsWith("wamid.", result.ProviderMessageId, StringComparison.Ordinal);
        var body = SentBody(message.Id);
        // send-text.request.json, plus Hub's id for the status webhooks.
        Assert.Equal(["messaging_product", "recipient_type", "to", "type", "text", "biz_opaque_callback_data"], body.Select(p => p.Key));
        Assert.Equal("4791234567", (string?)body["to"]);
        Assert.Equal("text", (string?)body["type"]);
        Assert.Equal(message.Body, (string?)body["text"]!["body"]);
        Assert.False((bool)body["text"]!["preview_url"]!);
    }

    [Fact]
    public async Task A_template_carries_its_name_language_and_components()
    {
        Fixture.Answer(FarSideAnswer.Accepts);
        var message = WhatsAppMessage() with
        {
            WhatsAppTemplate = new WhatsAppTemplateMessage("order_shipped", "nb_NO")
            {
                HeaderParameters = ["C-42"],
                BodyParameters = ["Kari", "Thursday"],
                Buttons = [new WhatsAppButtonParameter(0, "url", "C-42/track"), new WhatsAppButtonParameter(1, "quick_reply", "stop-updates")],
            },
        };

        Assert.Equal(SendOutcome.Accepted, (await Fixture.SendAsync(message)).Outcome);

        var body = SentBody(message.Id);
        Assert.Equal("template", (string?)body["type"]);
        Assert.Null(body["text"]);
        var expected = JsonNode.Parse("""
            {
              "name": "order_shipped",
              "language": { "code": "nb_NO" },
              "components": [
                { "type": "header", "parameters": [ { "type": "text", "text": "C-42" } ] },
                { "type": "body", "parameters": [ { "type": "text", "text": "Kari" }, { "type": "text", "text": "Thursday" } ] },
                { "type": "button", "sub_type": "url", "index": "0", "parameters": [ { "type": "text", "text": "C-42/track" } ] },
                { "type": "button", "sub_type": "quick_reply", "index": "1", "parameters": [ { "type": "payload", "payload": "stop-updates" } ] }
              ]
            }
            """);
        Assert.True(JsonNode.DeepEquals(expected, body["template"]), body["template"]!.ToJsonString());
    }

    [Fact]
    public async Task A_template_without_parameters_has_no_components()
    {
        Fixture.Answer(FarSideAnswer.Accepts);
        var message = WhatsAppMessage() with { WhatsAppTemplate = new WhatsAppTemplateMessage("hello_world", "en_US") };

        Assert.Equal(SendOutcome.Accepted, (await Fixture.SendAsync(message)).Outcome);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"name":"hello_world","language":{"code":"en_US"}}"""), SentBody(message.Id)["template"]));
    }

    [Fact]
    public async Task An_unknown_template_button_kind_fails_for_good_without_a_call()
    {
        var message = WhatsAppMessage() with
        {
            WhatsAppTemplate = new WhatsAppTemplateMessage("t", "en") { Buttons = [new WhatsAppButtonParameter(0, "catalog", "x")] },
        };
        var result = await Fixture.SendAsync(message);
        Assert.Equal(SendOutcome.PermanentFailure, result.Outcome);
        Assert.Empty(await Fixture.ArrivalsOfAsync(message.Id));
    }

    [Theory]
    [InlineData(400, "error-response.graph-130429-throughput.json", SendOutcome.TransientFailure, "130429")]
    [InlineData(429, "error-response.graph-130429-throughput.json", SendOutcome.TransientFailure, "130429")]
    [InlineData(400, "error-response.graph-131047-sync.json", SendOutcome.Unreachable, "131047")]
    [InlineData(400, """{"error":{"message":"(#131026) Message Undeliverable.","type":"OAuthException","code":131026}}""", SendOutcome.Unreachable, "131026")]
    [InlineData(401, """{"error":{"message":"Error validating access token: Session has expired","type":"OAuthException","code":190,"error_subcode":463}}""", SendOutcome.PermanentFailure, "190")]
    [InlineData(400, """{"error":{"message":"(#132001) Template name does not exist in the translation","type":"OAuthException","code":132001}}""", SendOutcome.PermanentFailure, "132001")]
    [InlineData(400, """{"error":{"message":"(#100) Invalid parameter","type":"OAuthException","code":100}}""", SendOutcome.PermanentFailure, "100")]
    [InlineData(500, """{"error":{"message":"(#131000) Something went wrong","type":"OAuthException","code":131000}}""", SendOutcome.TransientFailure, "131000")]
    [InlineData(400, """{"error":{"message":"(#131056) (Business Account, Consumer Account) pair rate limit hit","code":131056}}""", SendOutcome.TransientFailure, "131056")]
    [InlineData(502, "<html>Bad Gateway</html>", SendOutcome.TransientFailure, null)]
    [InlineData(403, "", SendOutcome.PermanentFailure, null)]
    public async Task Graph_errors_are_classified_by_their_code(int status, string bodyOrFixture, SendOutcome expected, string? errorCode)
    {
        var body = bodyOrFixture.EndsWith(".json", StringComparison.Ordinal) ? Encoding.UTF8.GetString(MetaWebhooks.File(bodyOrFixture)) : bodyOrFixture;
        Fixture.Graph.AnswerWith(status, body);

        var result = await Fixture.Provider.SendAsync(Fixture.Configure(), WhatsAppMessage(), CancellationToken.None);

        Assert.Equal(expected, result.Outcome);
        Assert.Equal(errorCode, result.ErrorCode);
        Assert.Equal(status, result.HttpStatus);
        Assert.False(string.IsNullOrWhiteSpace(result.Error));
    }

    [Fact]
    public async Task A_throttling_answer_with_retry_after_is_honoured()
    {
        Fixture.Graph.AnswerWith(429, Encoding.UTF8.GetString(MetaWebhooks.File("error-response.graph-130429-throughput.json")), retryAfter: "12");
        var result = await Fixture.Provider.SendAsync(Fixture.Configure(), WhatsAppMessage(), CancellationToken.None);
        Assert.Equal(SendOutcome.TransientFailure, result.Outcome);
        Assert.Equal(TimeSpan.FromSeconds(12), result.RetryAfter);
    }

    [Fact]
    public async Task A_wrong_access_token_is_refused_by_meta_and_fails_for_good()
    {
        Fixture.Answer(FarSideAnswer.Accepts);
        var result = await Fixture.Provider.SendAsync(Fixture.Configure(accessToken: "EAAG-revoked"), WhatsAppMessage(), CancellationToken.None);
        Assert.Equal(SendOutcome.PermanentFailure, result.Outcome);
        Assert.Equal("190", result.ErrorCode);
    }

    [Theory]
    [InlineData("compliance@example.com")]
    [InlineData("+47 912")]
    public async Task A_recipient_that_is_not_a_phone_number_fails_without_a_call(string to)
    {
        var message = WhatsAppMessage() with { To = to };
        Assert.Equal(SendOutcome.PermanentFailure, (await Fixture.SendAsync(message)).Outcome);
        Assert.Empty(await Fixture.ArrivalsOfAsync(message.Id));
    }

    [Fact]
    public async Task Neither_the_phone_number_nor_the_text_is_logged_on_any_answer()
    {
        var message = WhatsAppMessage();
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
