using System.Text.Json.Nodes;
using Hub.Channels;

namespace Hub.IntegrationTests.Channels.Twilio;

/// <summary>X-Twilio-Signature against Twilio's own worked example, every message status, and incoming messages.</summary>
public sealed class TwilioCallbackTests(TwilioProviderFixture fixture) : IClassFixture<TwilioProviderFixture>
{
    private CallbackResult Handle(ProviderCallback callback) => fixture.Callbacks.Handle(fixture.Configuration, callback);

    [Fact]
    public void Twilios_worked_signature_example_verifies()
    {
        var vector = JsonNode.Parse(TwilioProviderFixture.Sample("signature-test-vector.json"))!;
        var form = string.Join('&', vector["params"]!.AsObject().Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString((string)p.Value!)}"));
        var callback = TwilioProviderFixture.Callback("inbound", (string)vector["url"]!, form, (string)vector["expectedHeader"]!["X-Twilio-Signature"]!);
        var provider = fixture.Configure(authToken: (string)vector["authToken"]!);

        var result = fixture.Callbacks.Handle(provider, callback);

        Assert.True(result.Accepted, result.Error);
        var inbound = Assert.Single(result.Inbound);
        Assert.Equal(("+12349013030", "+18005551212"), (inbound.From, inbound.To));
        // The same request checked with the other sample's token is refused.
        Assert.Equal(401, Handle(callback).StatusCode);
    }

    [Fact]
    public void The_signed_status_sample_verifies_at_the_url_it_was_signed_for()
    {
        var result = Handle(TwilioProviderFixture.DeliveredAsSigned());

        var receipt = Assert.Single(result.Receipts);
        Assert.Equal((ReceiptStatus.Delivered, "SMyyy", "delivered"), (receipt.Status, receipt.ProviderMessageId, receipt.ProviderStatus));
        Assert.Null(receipt.MessageId);
    }

    [Theory]
    [InlineData("https://hub.example.com:443/providers/twilio-us/status", "https://hub.example.com/providers/twilio-us/status")]
    [InlineData("https://hub.example.com/providers/twilio-us/status", "https://hub.example.com:443/providers/twilio-us/status")]
    public void The_default_port_may_or_may_not_be_in_the_signed_url(string signedUrl, string calledUrl)
    {
        var form = TwilioProviderFixture.Form("status-callback.delivered.form.txt");
        var callback = TwilioProviderFixture.Callback("status", calledUrl, form, TwilioProviderFixture.Sign(TwilioProviderFixture.AuthToken, signedUrl, form));
        Assert.True(Handle(callback).Accepted);
    }

    [Theory]
    [InlineData("sent", ReceiptStatus.Sent, null)]
    [InlineData("delivered", ReceiptStatus.Delivered, null)]
    [InlineData("read", ReceiptStatus.Read, null)]
    [InlineData("undelivered", ReceiptStatus.Failed, "30003")]
    [InlineData("undelivered", ReceiptStatus.Undeliverable, "30005")]
    [InlineData("undelivered", ReceiptStatus.Undeliverable, "30006")]
    [InlineData("failed", ReceiptStatus.Failed, null)]
    [InlineData("failed", ReceiptStatus.Undeliverable, "21211")]
    [InlineData("failed", ReceiptStatus.Expired, "30036")]
    [InlineData("canceled", ReceiptStatus.Failed, null)]
    public void Each_status_maps_to_the_lifecycle(string status, ReceiptStatus expected, string? errorCode)
    {
        var form = $"SmsSid=SMabc&SmsStatus={status}&MessageStatus={status}&To=%2B15558675310&MessageSid=SMabc&AccountSid={TwilioProviderFixture.AccountSid}&From=%2B15017122661&ApiVersion=2010-04-01"
            + (errorCode is null ? "" : $"&ErrorCode={errorCode}");

        var result = Handle(TwilioProviderFixture.SignedByTwilio("status", form, "?hubMessageId=msg-42"));

        var receipt = Assert.Single(result.Receipts);
        Assert.Equal((expected, "msg-42", "SMabc", status, errorCode), (receipt.Status, receipt.MessageId, receipt.ProviderMessageId, receipt.ProviderStatus, receipt.ErrorCode));
        Assert.Equal(expected is ReceiptStatus.Failed or ReceiptStatus.Undeliverable or ReceiptStatus.Expired, receipt.Error is not null);
    }

    [Theory]
    [InlineData("accepted")]
    [InlineData("scheduled")]
    [InlineData("queued")]
    [InlineData("sending")]
    public void Statuses_still_at_twilio_are_answered_but_carry_no_receipt(string status)
    {
        var result = Handle(TwilioProviderFixture.SignedByTwilio("status", $"MessageSid=SMabc&MessageStatus={status}", "?hubMessageId=msg-42"));
        Assert.True(result.Accepted);
        Assert.Empty(result.Receipts);
    }

    [Fact]
    public void An_incoming_message_is_an_inbound_sms_answered_with_empty_twiml()
    {
        var result = Handle(TwilioProviderFixture.SignedByTwilio("inbound", TwilioProviderFixture.Form("inbound-sms.form.txt")));

        var inbound = Assert.Single(result.Inbound);
        Assert.Equal(("sms", "+14133881111", "+12028831111", "Msg", "SMe287d7109a5a925f182f0e07fe5b223b"),
            (inbound.Channel, inbound.From, inbound.To, inbound.Text, inbound.ProviderMessageId));
        Assert.Equal("text/xml", result.ResponseContentType);
        Assert.Contains("<Response></Response>", result.ResponseBody, StringComparison.Ordinal);
    }

    [Fact]
    public void A_whatsapp_message_through_twilio_is_on_the_whatsapp_channel()
    {
        var inbound = Assert.Single(Handle(TwilioProviderFixture.SignedByTwilio("inbound", "MessageSid=SM1&From=whatsapp%3A%2B14133881111&To=whatsapp%3A%2B12028831111&Body=Hi")).Inbound);
        Assert.Equal(("whatsapp", "+14133881111", "+12028831111"), (inbound.Channel, inbound.From, inbound.To));
    }

    [Theory]
    [InlineData("status", "MessageSid=SMabc")]
    [InlineData("status", "")]
    [InlineData("inbound", "Body=hello")]
    public void A_verified_callback_that_is_not_twilios_shape_is_invalid(string path, string form)
    {
        var result = Handle(TwilioProviderFixture.SignedByTwilio(path, form));
        Assert.Equal(400, result.StatusCode);
        Assert.Empty(result.Receipts);
        Assert.Empty(result.Inbound);
    }

    [Fact]
    public void An_unknown_path_is_not_found() =>
        Assert.Equal(404, Handle(TwilioProviderFixture.SignedByTwilio("dlr", "MessageSid=SMabc&MessageStatus=delivered")).StatusCode);

    [Fact]
    public void A_get_webhook_is_verified_over_its_url_then_refused()
    {
        const string url = "https://hub.example.com/providers/twilio-us/inbound?From=%2B1&To=%2B2&Body=x";
        Assert.Equal(400, Handle(TwilioProviderFixture.Callback("inbound", url, "", TwilioProviderFixture.Sign(TwilioProviderFixture.AuthToken, url, ""), "GET")).StatusCode);
        Assert.Equal(401, Handle(TwilioProviderFixture.Callback("inbound", url, "", "bm9wZQ==", "GET")).StatusCode);
    }

    [Fact]
    public void An_instance_that_cannot_send_still_verifies_its_callbacks()
    {
        var provider = fixture.Configure(settings: new JsonObject { ["from"] = null, ["callbackBaseUrl"] = null });
        Assert.True(fixture.Callbacks.Handle(provider, TwilioProviderFixture.DeliveredAsSigned()).Accepted);
    }
}
