using static Hub.Tests.Simulation.SampleSimulator;

namespace Hub.Tests.Simulation;

public sealed class AbandonedCheckoutSimulationTests
{
    private const string Checkout = """
        "event": {"type": "checkout.started", "time": "2026-03-02T09:00:00Z", "data": {
          "cart": {"id": "cart-7", "url": "https://shop.example/cart/7", "total": 499, "currency": "NOK"},
          "contact": {"firstName": "Ola", "email": "ola@example.com", "locale": "nb-NO"}}}
        """;

    [Fact]
    public async Task Without_an_order_the_reminder_goes_an_hour_later()
    {
        var result = await RunAsync("abandoned-checkout", $"{{{Checkout}}}");

        Assert.Equal(
            [
                "- instance started @0",
                "wait-for-order wait_for wait @0",
                "wait-for-order wait_for timeout @01:00",
                "remind send next @01:00",
                "- instance completed @01:00",
            ],
            Lines(result));
        var reminder = Assert.Single(result.Messages);
        Assert.Equal(T0.AddHours(1), reminder.At);
        Assert.Equal("email", reminder.Channel);
        Assert.Equal("ola@example.com", reminder.To);
        Assert.Equal("Du har glemt noe i handlekurven", reminder.Subject);
        Assert.Contains("https://shop.example/cart/7", reminder.Body, StringComparison.Ordinal);
        Assert.Contains("499.00 NOK", reminder.Body, StringComparison.Ordinal);
        // No phone: the SMS variant is rendered for reading, with nowhere to go.
        Assert.Null(reminder.Renders.Single(r => r.Channel == "sms").To);
    }

    [Fact]
    public async Task An_order_for_the_same_cart_within_the_hour_sends_nothing()
    {
        var result = await RunAsync("abandoned-checkout", "{" + Checkout + """
            , "followUps": [{"at": "+20m", "event": {"type": "order.created",
              "data": {"order": {"id": "o-1", "cartId": "cart-7"}}}}]}
            """);

        Assert.Equal(
            [
                "- instance started @0",
                "wait-for-order wait_for wait @0",
                "wait-for-order wait_for event @00:20",
                "wait-for-order.on-event-1 end end @00:20",
                "- instance completed @00:20",
            ],
            Lines(result));
        Assert.Empty(result.Messages);
        Assert.Equal("ordered", Assert.Single(result.Instances).EndReason);
    }

    [Fact]
    public async Task An_order_for_another_cart_does_not_stop_the_reminder()
    {
        var result = await RunAsync("abandoned-checkout", "{" + Checkout + """
            , "followUps": [{"at": "+20m", "event": {"type": "order.created",
              "data": {"order": {"id": "o-2", "cartId": "cart-8"}}}}]}
            """);

        Assert.Equal("remind", Assert.Single(result.Messages).StepId);
    }
}
