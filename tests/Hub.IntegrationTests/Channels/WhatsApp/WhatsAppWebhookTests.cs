using System.Text.Json.Nodes;
using Hub.Channels;

namespace Hub.IntegrationTests.Channels.WhatsApp;

/// <summary>The WhatsApp webhook beyond the compliance samples: the signed vector, the handshake's refusals, inbound details.</summary>
public sealed class WhatsAppWebhookTests(WhatsAppProviderFixture fixture) : IClassFixture<WhatsAppProviderFixture>
{
    private IProviderCallbacks Callbacks => (IProviderCallbacks)fixture.Provider;

    private CallbackResult Handle(ProviderCallback callback) => Callbacks.Handle(fixture.Configuration, callback);

    private static ProviderCallback Signed(string body)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(body);
        return MetaWebhooks.Post(bytes, MetaWebhooks.Sign(bytes));
    }

    [Fact]
    public void The_fixture_signature_is_hmac_sha256_of_the_raw_file_with_the_app_secret()
    {
        var vector = JsonNode.Parse(MetaWebhooks.File("webhook.inbound-text.signature.json"))!;
        Assert.Equal(MetaWebhooks.AppSecret, (string?)vector["appSecret"]);
        Assert.Equal((string?)vector["headers"]!["X-Hub-Signature-256"], MetaWebhooks.Sign(MetaWebhooks.File("webhook.inbound-text.json")));
    }

    [Fact]
    public void The_signature_header_is_matched_case_insensitively_in_its_hex()
    {
        var body = MetaWebhooks.File("webhook.inbound-text.json");
        var upper = "sha256=" + MetaWebhooks.Sign(body)["sha256=".Length..].ToUpperInvariant();
        Assert.True(Handle(MetaWebhooks.Post(body, upper)).Accepted);
    }

    [Fact]
    public void An_inbound_text_becomes_a_message_from_the_person_to_the_business_number()
    {
        var inbound = Assert.Single(Handle(MetaWebhooks.SignedPost("webhook.inbound-text.json")).Inbound);
        Assert.Equal("whatsapp", inbound.Channel);
        Assert.Equal("+16505551234", inbound.From);
        Assert.Equal("+15550783881", inbound.To);
        Assert.Equal("wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=", inbound.ProviderMessageId);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1749416383), inbound.ReceivedAt);
        Assert.Null(inbound.InReplyToProviderMessageId);
        Assert.Null(inbound.Postback);
    }

    [Fact]
    public void A_button_reply_says_which_message_it_answers_and_carries_the_buttons_id()
    {
        var inbound = Assert.Single(Handle(MetaWebhooks.SignedPost("webhook.inbound-button-reply.json")).Inbound);
        Assert.Equal("Cancel", inbound.Text);
        Assert.Equal("cancel-button", inbound.Postback);
        Assert.Equal("wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI3MEM2RUJFNkI0RENGQTVDRjUA", inbound.InReplyToProviderMessageId);
    }

    [Fact]
    public void A_template_quick_reply_carries_the_templates_payload()
    {
        var inbound = Assert.Single(Handle(MetaWebhooks.SignedPost("webhook.inbound-template-quick-reply-button.json")).Inbound);
        Assert.Equal("Unsubscribe", inbound.Postback);
        Assert.Equal("wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBJFNjk2OTMwNEZCQjhGMzUyQUYA", inbound.InReplyToProviderMessageId);
    }

    [Fact]
    public void A_status_carries_its_time_and_meta_status()
    {
        var receipt = Assert.Single(Handle(MetaWebhooks.SignedPost("webhook.status-failed-131047.json")).Receipts);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1750030080), receipt.OccurredAt);
        Assert.Equal("failed", receipt.ProviderStatus);
        Assert.Equal("Re-engagement message", receipt.Error);
    }

    [Fact]
    public void A_marketing_stop_is_a_consent_signal_not_a_message()
    {
        var result = Handle(MetaWebhooks.SignedPost("webhook.user-preferences-marketing-stop.json"));
        Assert.Equal(200, result.StatusCode);
        Assert.Empty(result.Receipts);
        Assert.Empty(result.Inbound);
        var signal = Assert.Single(result.ConsentSignals);
        Assert.Equal(new ConsentSignal("whatsapp", "+16505551234", "marketing", ConsentSignalState.OptedOut,
            "user_preferences marketing_messages=stop", DateTimeOffset.FromUnixTimeSeconds(1750030100)) { SignalId = "16505551234:1750030100:stop" }, signal);
    }

    [Fact]
    public void A_marketing_resume_opts_back_in_and_other_preferences_say_nothing()
    {
        var body = System.Text.Encoding.UTF8.GetString(MetaWebhooks.File("webhook.user-preferences-marketing-stop.json"));
        var resumed = Handle(Signed(body.Replace("\"value\": \"stop\"", "\"value\": \"resume\"", StringComparison.Ordinal)));
        Assert.Equal(ConsentSignalState.OptedIn, Assert.Single(resumed.ConsentSignals).State);
        var other = Handle(Signed(body.Replace("marketing_messages", "service_messages", StringComparison.Ordinal)));
        Assert.Empty(other.ConsentSignals);
    }

    [Fact]
    public void A_handshake_without_subscribe_mode_is_invalid()
    {
        var result = Handle(MetaWebhooks.Handshake(q => q.Replace("hub.mode=subscribe", "hub.mode=unsubscribe", StringComparison.Ordinal)));
        Assert.Equal(400, result.StatusCode);
        Assert.Null(result.ResponseBody);
    }

    [Fact]
    public void The_handshake_answers_the_challenge_as_plain_text()
    {
        var result = Handle(MetaWebhooks.Handshake());
        Assert.Equal("1158201444", result.ResponseBody);
        Assert.Equal("text/plain", result.ResponseContentType);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[]")]
    [InlineData("""{"object":"page","entry":[]}""")]
    public void A_signed_body_that_is_not_a_notification_is_invalid(string text)
    {
        var body = System.Text.Encoding.UTF8.GetBytes(text);
        Assert.Equal(400, Handle(MetaWebhooks.Post(body, MetaWebhooks.Sign(body))).StatusCode);
    }

    [Fact]
    public void Another_path_is_not_found()
    {
        Assert.Equal(404, Handle(MetaWebhooks.Post(MetaWebhooks.File("webhook.inbound-text.json"), MetaWebhooks.Sign(MetaWebhooks.File("webhook.inbound-text.json")), "status")).StatusCode);
    }

    [Fact]
    public void The_phone_number_id_and_the_three_credentials_are_required()
    {
        var errors = ProviderConfigurationValidator.Validate(fixture.Provider, new JsonObject(), new JsonObject());
        Assert.Equal(["credentials.accessToken", "credentials.appSecret", "credentials.verifyToken", "settings.phoneNumberId"], errors.Keys.Order(StringComparer.Ordinal));
        var wrong = ProviderConfigurationValidator.Validate(fixture.Provider,
            new JsonObject { ["phoneNumberId"] = "+15550783881", ["apiVersion"] = "23" }, new JsonObject());
        Assert.Contains("settings.phoneNumberId", wrong.Keys);
        Assert.Contains("settings.apiVersion", wrong.Keys);
    }
}
