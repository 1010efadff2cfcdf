using static Hub.Tests.Simulation.SampleSimulator;

namespace Hub.Tests.Simulation;

public sealed class OrderSamplesSimulationTests
{
    [Fact]
    public async Task Order_confirmation_goes_by_sms_with_the_email_as_its_fallback()
    {
        var result = await RunAsync("order-confirmation", """
            {"event": {"type": "order.created", "time": "2026-03-02T09:00:00Z", "data": {
              "order": {"id": "o-1", "number": "#1001", "total": 25.5, "currency": "NOK"},
              "contact": {"firstName": "Kari", "phone": "+4791234567", "email": "kari@example.com", "locale": "nb-NO"}}}}
            """);

        Assert.Equal(["- instance started @0", "confirm send next @0", "- instance completed @0"], Lines(result));
        var message = Assert.Single(result.Messages);
        Assert.Equal("sms", message.Channel);
        Assert.Equal("Takk, Kari! Ordre #1001 er bekreftet: kr 25,50.", message.Body);
        var email = message.Renders.Single(r => r.Channel == "email");
        Assert.Equal("Ordren din #1001 er bekreftet", email.Subject);
        Assert.NotNull(email.Html);
    }

    [Fact]
    public async Task Shipping_update_carries_the_tracking_link()
    {
        var result = await RunAsync("shipping-update", """
            {"event": {"type": "order.shipped", "time": "2026-03-02T09:00:00Z", "data": {
              "order": {"id": "o-1", "number": "#1001", "carrier": "Posten", "trackingUrl": "https://track.example/ABC123"},
              "contact": {"phone": "+4791234567", "locale": "en-GB"}}}}
            """);

        var message = Assert.Single(result.Messages);
        Assert.Equal("sms", message.Channel);
        Assert.Equal("Order #1001 is on its way with Posten. Track it: https://track.example/ABC123", message.Body);
    }

    [Fact]
    public async Task Payment_failed_tells_the_reason_by_email_first()
    {
        var result = await RunAsync("payment-failed", """
            {"event": {"type": "payment.failed", "time": "2026-03-02T09:00:00Z", "data": {
              "payment": {"id": "pay-1", "amount": 99.9, "currency": "EUR", "reason": "card declined"},
              "contact": {"firstName": "Ada", "phone": "+4915112345678", "email": "ada@example.com", "locale": "en"}}}}
            """);

        var message = Assert.Single(result.Messages);
        Assert.Equal(T0, message.At);
        Assert.Equal("email", message.Channel);
        Assert.Equal("Your payment did not go through", message.Subject);
        Assert.Contains("99.90 EUR did not go through: card declined", message.Body, StringComparison.Ordinal);
        Assert.Contains("card declined", message.Renders.Single(r => r.Channel == "sms").Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_request_waits_three_days_and_into_waking_hours()
    {
        // Delivered at 22:00 in Oslo: three days later is 22:00 too, so the ask waits for 10:00 the next morning.
        var result = await RunAsync("review-request", """
            {"event": {"type": "order.delivered", "time": "2026-03-02T21:00:00Z", "data": {
              "order": {"id": "o-1", "number": "#1001"},
              "contact": {"email": "kari@example.com", "locale": "nb-NO", "timeZone": "Europe/Oslo"}}}}
            """);

        var expected = new DateTimeOffset(2026, 3, 6, 9, 0, 0, TimeSpan.Zero);
        Assert.Equal(["wait-three-days", "wait-three-days", "ask"], result.Timeline.Where(s => s.StepId is not null).Select(s => s.StepId));
        Assert.Equal(expected, result.Timeline.Single(s => s.Outcome == "woke").At);
        var message = Assert.Single(result.Messages);
        Assert.Equal(expected, message.At);
        Assert.Equal("Hvordan var ordren #1001?", message.Subject);
    }
}
