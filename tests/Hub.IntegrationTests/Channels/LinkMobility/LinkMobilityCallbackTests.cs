using System.Text.Json.Nodes;
using Hub.Channels;

namespace Hub.IntegrationTests.Channels.LinkMobility;

/// <summary>LINK's delivery reports (every result code, one report per SMS part) and MO messages, beyond the compliance samples.</summary>
public sealed class LinkMobilityCallbackTests(LinkMobilityProviderFixture fixture) : IClassFixture<LinkMobilityProviderFixture>
{
    private static string Report(string refId, string id, int resultCode, int segments = 1)
    {
        var report = JsonNode.Parse(LinkMobilityProviderFixture.Sample("dlr.delivered.json"))!.AsObject();
        report["refId"] = refId;
        report["id"] = id;
        report["resultCode"] = resultCode;
        report["segments"] = segments;
        return report.ToJsonString();
    }

    private CallbackResult Handle(ProviderCallback callback) => fixture.Callbacks.Handle(fixture.Configuration, callback);

    public static TheoryData<int, ReceiptStatus> EveryDeliveryReportCode()
    {
        var data = new TheoryData<int, ReceiptStatus>();
        foreach (var entry in JsonNode.Parse(LinkMobilityProviderFixture.Sample("result-codes.json"))!["dlrResultCodes"]!.AsArray())
        {
            var code = (int)entry!["code"]!;
            var delivery = (string)entry["delivery"]!;
            var temporary = (string)entry["state"]! == "TEMP";
            // From the table's own columns: delivered is delivered, TEMP is still on its way, expiry and destination errors are their own ends.
            data.Add(code, delivery == "DELIVERED" ? ReceiptStatus.Delivered
                : temporary ? ReceiptStatus.Sent
                : code is 1002 or 1010 ? ReceiptStatus.Expired
                : code is >= 2100 and <= 2107 ? ReceiptStatus.Undeliverable
                : ReceiptStatus.Failed);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryDeliveryReportCode))]
    public void Every_delivery_report_code_maps_to_the_lifecycle(int code, ReceiptStatus expected)
    {
        var result = Handle(fixture.GateCallback("dlr", Report("msg-1", "LM1", code)));

        var receipt = Assert.Single(result.Receipts);
        Assert.Equal(expected, receipt.Status);
        Assert.Equal("msg-1", receipt.MessageId);
        Assert.Equal("LM1", receipt.ProviderMessageId);
        Assert.Equal(code.ToString(System.Globalization.CultureInfo.InvariantCulture), receipt.ProviderStatus);
        if (expected is ReceiptStatus.Failed or ReceiptStatus.Undeliverable or ReceiptStatus.Expired)
        {
            Assert.Equal(receipt.ProviderStatus, receipt.ErrorCode);
            Assert.False(string.IsNullOrWhiteSpace(receipt.Error));
        }
        else
        {
            Assert.Null(receipt.ErrorCode);
        }
        Assert.Null(receipt.Segment);
    }

    [Fact]
    public void The_documented_report_carries_the_operator_time()
    {
        var receipt = Assert.Single(Handle(fixture.GateCallback("dlr", LinkMobilityProviderFixture.Sample("dlr.delivered.json"))).Receipts);
        Assert.Equal(DateTimeOffset.Parse("2015-11-19T09:37:00Z", System.Globalization.CultureInfo.InvariantCulture), receipt.OccurredAt);
        Assert.Equal("1001", receipt.ProviderStatus);
    }

    [Fact]
    public void Each_part_of_a_multipart_message_is_its_own_segment_receipt()
    {
        // LINK: a multipart message gets a report per part, id "{id}${n}" with n from 0; segments is the part count.
        var receipts = Enumerable.Range(0, 3)
            .Select(n => Assert.Single(Handle(fixture.GateCallback("dlr", Report("msg-3", $"abc123${n}", n == 1 ? 2106 : 1001, segments: 3))).Receipts))
            .ToList();

        Assert.All(receipts, r => Assert.Equal(("msg-3", "abc123", 3), (r.MessageId, r.ProviderMessageId, r.SegmentCount)));
        Assert.Equal([1, 2, 3], receipts.Select(r => r.Segment));
        Assert.Equal([ReceiptStatus.Delivered, ReceiptStatus.Undeliverable, ReceiptStatus.Delivered], receipts.Select(r => r.Status));
    }

    [Fact]
    public void A_report_without_a_refId_correlates_by_links_id()
    {
        var report = JsonNode.Parse(Report("x", "LM9", 1001))!.AsObject();
        report["refId"] = null;

        var receipt = Assert.Single(Handle(fixture.GateCallback("dlr", report.ToJsonString())).Receipts);

        Assert.Null(receipt.MessageId);
        Assert.Equal("LM9", receipt.ProviderMessageId);
    }

    [Fact]
    public void A_result_code_newer_than_the_documentation_claims_no_progress()
    {
        var receipt = Assert.Single(Handle(fixture.GateCallback("dlr", Report("msg-4", "LM4", 1999))).Receipts);
        Assert.Equal(ReceiptStatus.Sent, receipt.Status);
        Assert.Equal("1999", receipt.ErrorCode);
    }

    [Fact]
    public void An_mo_message_is_an_inbound_sms_from_the_sender_to_the_number_it_was_sent_to()
    {
        var keyword = Assert.Single(Handle(fixture.GateCallback("mo", LinkMobilityProviderFixture.Sample("mo.keyword-route.json"))).Inbound);
        var subnumber = Assert.Single(Handle(fixture.GateCallback("mo", LinkMobilityProviderFixture.Sample("mo.subnumber-route.json"))).Inbound);

        Assert.Equal(("sms", "+4741560067", "NO-2333", "Bclt hello"), (keyword.Channel, keyword.From, keyword.To, keyword.Text));
        Assert.Equal("0", keyword.ProviderMessageId);
        Assert.Equal(DateTimeOffset.Parse("2015-11-17T14:28:40Z", System.Globalization.CultureInfo.InvariantCulture), keyword.ReceivedAt);
        Assert.Equal(("+4741560067", "9999999989", "Hello, Dolly!"), (subnumber.From, subnumber.To, subnumber.Text));
    }

    [Theory]
    [InlineData("dlr", "not json")]
    [InlineData("dlr", """{"refId":"1","id":"2"}""")]
    [InlineData("dlr", """{"resultCode":1001}""")]
    [InlineData("dlr", "[]")]
    [InlineData("mo", """{"source":"+4741560067"}""")]
    [InlineData("mo", "")]
    public void A_verified_callback_that_is_not_links_shape_is_invalid(string path, string body)
    {
        var result = Handle(fixture.GateCallback(path, body));
        Assert.Equal(400, result.StatusCode);
        Assert.Empty(result.Receipts);
        Assert.Empty(result.Inbound);
    }

    [Fact]
    public void An_unknown_path_is_not_found()
    {
        Assert.Equal(404, Handle(fixture.GateCallback("status", LinkMobilityProviderFixture.Sample("dlr.delivered.json"))).StatusCode);
    }

    [Fact]
    public void A_get_is_refused_once_verified()
    {
        var callback = LinkMobilityProviderFixture.Callback("dlr", "", LinkMobilityProviderFixture.CallbackUsername, fixture.CallbackPassword, method: "GET");
        Assert.Equal(400, Handle(callback).StatusCode);
    }

    [Fact]
    public void An_instance_without_callback_credentials_refuses_every_callback()
    {
        var provider = fixture.Configure(credentials: new Dictionary<string, string> { ["username"] = "hub-api", ["password"] = "p" });
        var result = fixture.Callbacks.Handle(provider, fixture.GateCallback("dlr", LinkMobilityProviderFixture.Sample("dlr.delivered.json")));
        Assert.Equal(401, result.StatusCode);
        Assert.Contains("callbackUsername", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Bearer abc")]
    [InlineData("Basic not-base64!")]
    [InlineData("Basic ")]
    public void Malformed_credentials_are_unauthorized(string authorization)
    {
        var callback = fixture.GateCallback("dlr", LinkMobilityProviderFixture.Sample("dlr.delivered.json"));
        var headers = new Dictionary<string, string>(callback.Headers, StringComparer.OrdinalIgnoreCase) { ["Authorization"] = authorization };
        var result = Handle(callback with { Headers = headers });
        Assert.Equal(401, result.StatusCode);
        Assert.Empty(result.Receipts);
    }

    [Fact]
    public void An_instance_that_cannot_send_still_verifies_its_callbacks()
    {
        var provider = fixture.Configure(
            settings: new JsonObject { ["platformId"] = null },
            credentials: new Dictionary<string, string> { ["callbackUsername"] = LinkMobilityProviderFixture.CallbackUsername, ["callbackPassword"] = fixture.CallbackPassword });
        Assert.True(fixture.Callbacks.Handle(provider, fixture.GateCallback("dlr", LinkMobilityProviderFixture.Sample("dlr.delivered.json"))).Accepted);
    }
}
