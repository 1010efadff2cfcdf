using System.Text;
using System.Text.Json.Nodes;
using Hub.Channels;

namespace Hub.IntegrationTests.Channels.Rbm;

/// <summary>The RBM webhook beyond the compliance samples: the stored signatures, receipts and inbound details, configuration checks.</summary>
public sealed class RbmWebhookTests(RbmProviderFixture fixture) : IClassFixture<RbmProviderFixture>
{
    private CallbackResult Handle(ProviderCallback callback) => ((IProviderCallbacks)fixture.Provider).Handle(fixture.Configuration, callback);

    [Theory]
    [InlineData("user-event-delivered")]
    [InlineData("user-event-read")]
    [InlineData("user-message-text")]
    [InlineData("user-message-suggestion-response")]
    public void The_stored_signature_is_hmac_sha512_of_the_decoded_data_and_the_data_is_the_decoded_file(string sample)
    {
        Assert.Equal(RbmWebhooks.StoredSignature(sample), RbmWebhooks.Sign(RbmWebhooks.Data(sample)));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(RbmWebhooks.Data(sample)), JsonNode.Parse(RbmWebhooks.File($"webhook.{sample}.decoded.json"))));
        Assert.True(Handle(RbmWebhooks.Push(sample)).Accepted);
    }

    [Fact]
    public void The_validation_request_is_answered_with_its_secret_as_plain_text()
    {
        var result = Handle(RbmWebhooks.Validation());
        Assert.Equal("1234567890", result.ResponseBody);
        Assert.Equal("text/plain", result.ResponseContentType);
        Assert.Empty(result.Receipts);
    }

    [Fact]
    public void A_receipt_carries_the_event_time_and_rbm_status()
    {
        var receipt = Assert.Single(Handle(RbmWebhooks.Push("user-event-delivered")).Receipts);
        Assert.Equal(DateTimeOffset.Parse("2025-06-01T10:00:02.000Z", System.Globalization.CultureInfo.InvariantCulture), receipt.OccurredAt);
        Assert.Equal("DELIVERED", receipt.ProviderStatus);
    }

    [Fact]
    public void A_suggestion_response_is_an_inbound_rcs_message_with_its_postback()
    {
        var inbound = Assert.Single(Handle(RbmWebhooks.Push("user-message-suggestion-response")).Inbound);
        Assert.Equal("rcs", inbound.Channel);
        Assert.Equal("+12223334444", inbound.From);
        Assert.Equal("my-agent@rbm.goog", inbound.To);
        Assert.Equal("Yes", inbound.Text);
        Assert.Equal("track_yes", inbound.Postback);
        Assert.Equal("MxbC3e9X4SR2nTm0QK7GaHOB", inbound.ProviderMessageId);
    }

    [Fact]
    public void A_typed_message_has_no_postback()
    {
        var inbound = Assert.Single(Handle(RbmWebhooks.Push("user-message-text")).Inbound);
        Assert.Equal("STOP", inbound.Text);
        Assert.Null(inbound.Postback);
        Assert.Equal(DateTimeOffset.Parse("2025-06-01T10:05:00.123456Z", System.Globalization.CultureInfo.InvariantCulture), inbound.ReceivedAt);
    }

    [Fact]
    public void A_shared_location_is_an_inbound_message_with_empty_text()
    {
        var data = Encoding.UTF8.GetBytes("""{"senderPhoneNumber":"+12223334444","messageId":"MxL","sendTime":"2025-06-01T10:07:00Z","location":{"latitude":59.91,"longitude":10.75},"agentId":"my-agent@rbm.goog"}""");
        Assert.Equal([""], Handle(RbmWebhooks.PushOf(data)).Inbound.Select(m => m.Text));
    }

    [Theory]
    [InlineData("{not json", 401)]
    [InlineData("""{"message":{"data":"e30="}}""", 401)]
    public void An_unsigned_body_is_refused(string text, int status)
    {
        Assert.Equal(status, Handle(RbmWebhooks.Post(Encoding.UTF8.GetBytes(text), signature: null)).StatusCode);
    }

    [Fact]
    public void Signed_data_that_is_not_a_notification_is_invalid()
    {
        var data = Encoding.UTF8.GetBytes("""{"hello":"world"}""");
        Assert.Equal(400, Handle(RbmWebhooks.PushOf(data)).StatusCode);
    }

    [Fact]
    public void Another_path_or_method_is_not_found()
    {
        Assert.Equal(404, Handle(RbmWebhooks.Post(RbmWebhooks.File("webhook.user-event-read.push.json"), RbmWebhooks.StoredSignature("user-event-read"), "events")).StatusCode);
        Assert.Equal(404, Handle(RbmWebhooks.Validation() with { Method = "GET" }).StatusCode);
    }

    [Fact]
    public void The_agent_and_both_credentials_are_required_and_the_key_must_be_a_service_account_key()
    {
        var missing = ProviderConfigurationValidator.Validate(fixture.Provider, new JsonObject(), new JsonObject());
        Assert.Equal(["credentials.clientToken", "credentials.serviceAccountJson", "settings.agentId"], missing.Keys.Order(StringComparer.Ordinal));

        var wrong = ProviderConfigurationValidator.Validate(fixture.Provider,
            new JsonObject { ["agentId"] = "my-agent", ["messageTrafficType"] = "SPAM" },
            new JsonObject { ["serviceAccountJson"] = """{"client_email":"x@y","private_key":"not a key"}""", ["clientToken"] = "t" });
        Assert.Equal(["credentials.serviceAccountJson", "settings.messageTrafficType"], wrong.Keys.Order(StringComparer.Ordinal));
        Assert.DoesNotContain("not a key", wrong["credentials.serviceAccountJson"][0], StringComparison.Ordinal);

        var right = ProviderConfigurationValidator.Validate(fixture.Provider,
            new JsonObject { ["agentId"] = "my-agent" },
            new JsonObject { ["serviceAccountJson"] = fixture.Account.Json("https://oauth2.googleapis.com/token"), ["clientToken"] = "t" });
        Assert.Empty(right);
    }
}
