using System.Net;
using Hub.IntegrationTests.Connectors.Golden;
using Hub.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Hub.IntegrationTests.Connectors;

/// <summary>
/// Acceptance: every golden connector case, posted through the real <c>POST /webhooks/{id}</c> on each database with
/// only the headers its vendor sends (signed as the vendor signs), becomes exactly its golden canonical events, or is
/// ignored with its golden reason. One Hub process per database serves every case (<see cref="GoldenHub"/>).
/// </summary>
public abstract class GoldenThroughEndpointTests(GoldenHub hub, ITestOutputHelper output)
{
    /// <summary>The Shopify order whose time comes from a created_at with an offset, with no X-Shopify-Triggered-At to mask it.</summary>
    private const string OffsetOrderCase = "shopify/orders_create.without-triggered-at.json";

    public static TheoryData<string> Cases() => [.. GoldenEndpointCase.Names()];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Golden_case_through_the_endpoint_becomes_its_canonical_events(string caseName)
    {
        var delivery = await hub.DeliverAsync(caseName);
        output.WriteLine($"{hub.DatabaseName}: {delivery}");
        Assert.True(delivery.Status is HttpStatusCode.Accepted or HttpStatusCode.OK && delivery.Inbound.Count > 0,
            $"{hub.DatabaseName}: {caseName} was not accepted as a new delivery: {(int)delivery.Status} {delivery.Answer}");

        if (delivery.Case.ExpectedEvents.Count == 0)
        {
            Assert.True(delivery.InboundStatus == "ignored" && delivery.Events.Count == 0,
                $"{hub.DatabaseName}: {delivery}; golden: ignored ({delivery.Case.ExpectedIgnoredReason})");
            Assert.Equal(delivery.Case.ExpectedIgnoredReason, delivery.LastError);
            return;
        }
        Assert.True(delivery.InboundStatus == "processed", $"{hub.DatabaseName}: {delivery}");
        var comparison = GoldenEventComparison.Of(delivery, hub.Plan.WhyIdsDiffer(caseName), hub.TimePrecision);
        comparison.Notes.ForEach(note => output.WriteLine($"note: {note}"));
        Assert.True(comparison.Differences.Count == 0,
            $"{hub.DatabaseName}: {caseName} differs from its golden events:\n{string.Join("\n", comparison.Differences)}");
    }

    /// <summary>The defect's request reaches the customer: order-confirmation sends exactly one SMS for its event.</summary>
    [Fact]
    public async Task A_shopify_order_with_an_offset_and_no_triggered_at_header_sends_exactly_one_sms()
    {
        var delivery = await hub.DeliverAsync(OffsetOrderCase);
        Assert.True(delivery.InboundStatus == "processed" && delivery.Events.Count == 1, $"{hub.DatabaseName}: {delivery}");
        var eventId = (string)delivery.Events[0]["id"]!;

        var messages = await Eventually.Until(() => hub.Client.MessagesAsync($"eventId={eventId}"),
            m => m.Any(message => IsSettled((string?)message!["status"])), TimeSpan.FromSeconds(60),
            $"the order-confirmation message of {eventId} is sent");
        var sms = Assert.Single(messages)!;
        Assert.Equal("sms", (string?)sms["channel"]);
        Assert.Equal("+15555557447", (string?)sms["to"]);
        Assert.Contains("#9999", (string?)sms["body"], StringComparison.Ordinal);
        Assert.Equal("order-confirmation", (string?)sms["workflowId"]);
    }

    /// <summary>Sent or beyond: no fallback (a second message, by email) can follow any more.</summary>
    private static bool IsSettled(string? status) =>
        status is not null && (status.Equals("sent", StringComparison.OrdinalIgnoreCase) || status.Equals("delivered", StringComparison.OrdinalIgnoreCase));
}
