using System.Text;
using Hub.Connectors;

namespace Hub.Tests.Connectors.Engine;

public sealed class ReplyAndPingTests : IDisposable
{
    private readonly TempSpecDirectory _specs = new();

    public void Dispose() => _specs.Dispose();

    [Fact]
    public void The_salesforce_acknowledgement_is_the_accepted_reply()
    {
        var ack = Encoding.UTF8.GetString(TestRequests.Fixture("salesforce", "ack-response.xml"));
        var indented = string.Join("\n", ack.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').Select(l => "    " + l));
        var salesforce = _specs.Load("salesforce", $"""
            type: salesforce
            name: Salesforce
            format: xml
            verify: {"{"} scheme: none {"}"}
            event_type: body.Envelope.Body.notifications.ActionId
            reply:
              status: 200
              content_type: text/xml; charset=utf-8
              body: |
            {indented}
            routes: {"{"}{"}"}
            """);

        var reply = salesforce.AcceptedReply!;

        Assert.Equal((200, "text/xml; charset=utf-8"), (reply.Status, reply.ContentType));
        Assert.Equal(ack.ReplaceLineEndings("\n").TrimEnd('\n') + "\n", reply.Body);
    }

    [Fact]
    public void A_reply_may_be_a_bare_status_and_most_specs_have_none()
    {
        var bare = _specs.Load("bare", """
            type: bare
            name: Bare
            verify: { scheme: none }
            event_type: body.type
            reply: { status: 200 }
            routes: {}
            """);
        var plain = _specs.Load("plain", """
            type: plain
            name: Plain
            verify: { scheme: none }
            event_type: body.type
            routes: {}
            """);

        Assert.Equal(new WebhookReply(200, "", ""), bare.AcceptedReply);
        Assert.Null(plain.AcceptedReply);
        Assert.False(plain.IsPing(TestRequests.Of("webhook_id=1")));
    }

    [Fact]
    public void A_woocommerce_ping_is_recognised_and_a_real_delivery_is_not()
    {
        var woo = _specs.Load("woocommerce", """
            type: woocommerce
            name: WooCommerce
            verify: { scheme: none }
            event_type: header.X-WC-Webhook-Topic
            # Sent unsigned, form-encoded, without X-WC-Webhook-* headers, when a webhook is saved (WC_Webhook::deliver_ping).
            ping:
              when: header.X-WC-Webhook-Topic == null && form.webhook_id != null
            routes: {}
            """);
        var ping = TestRequests.Of("webhook_id=42", ("User-Agent", "WooCommerce/9.9.0 Hookshot (WordPress/6.8)"),
            ("Content-Type", "application/x-www-form-urlencoded"));
        var order = TestRequests.Of(TestRequests.Fixture("woocommerce", "order.created.json"),
            ("X-WC-Webhook-Topic", "order.created"), ("Content-Type", "application/json"));
        var forged = TestRequests.Of("webhook_id=42", ("X-WC-Webhook-Topic", "order.created"));

        Assert.True(woo.IsPing(ping));
        Assert.False(woo.IsPing(order));
        Assert.False(woo.IsPing(forged));
        Assert.False(woo.IsPing(TestRequests.Of("")));
    }

    [Fact]
    public void A_ping_condition_can_read_the_parsed_body_and_the_raw_text_and_never_throws()
    {
        var source = _specs.Load("pinger", """
            type: pinger
            name: Pinger
            verify: { scheme: none }
            event_type: body.type
            ping:
              when: body.type == "ping" || (raw | string.starts_with "PING") || body.count % 0 > 1
            routes: {}
            """);

        Assert.True(source.IsPing(TestRequests.Of("""{"type": "ping"}""")));
        Assert.True(source.IsPing(TestRequests.Of("PING from source")));
        Assert.False(source.IsPing(TestRequests.Of("""{"type": "order", "count": 3}""")));
    }
}
