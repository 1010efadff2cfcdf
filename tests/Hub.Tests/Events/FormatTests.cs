namespace Hub.Tests.Events;

/// <summary>The canonical formats, each enforced by a pattern so that no validator's format support matters.</summary>
public sealed class FormatTests
{
    private static string[] Expected(bool valid, string error) => valid ? [] : [error];

    private static string[] ContactErrors(string field, string value) =>
        EventData.Errors("contact.updated", $$"""{ "contact": { "id": "c-1", "{{field}}": "{{value}}" } }""");

    [Theory]
    [InlineData("+15555557447")]
    [InlineData("+442079460958")]
    [InlineData("+4791234567")]
    [InlineData("+123456789012345")]
    public void E164_phones_pass(string phone) => Assert.Empty(ContactErrors("phone", phone));

    [Theory]
    [InlineData("555")]
    [InlineData("5555557447")]
    [InlineData("+1 555 555 7447")]
    [InlineData("+1-555-555-7447")]
    [InlineData("004791234567")]
    [InlineData("+0791234567")]
    [InlineData("+1234567890123456")]
    [InlineData("")]
    public void Other_phones_fail(string phone) =>
        Assert.Equal([$"data.contact.phone: \"{phone}\" is not an E.164 phone number"], ContactErrors("phone", phone));

    [Theory]
    [InlineData("USD", true)]
    [InlineData("NOK", true)]
    [InlineData("usd", false)]
    [InlineData("US", false)]
    [InlineData("EURO", false)]
    [InlineData("$", false)]
    public void Currencies_are_three_capital_letters(string currency, bool valid)
    {
        var errors = EventData.Errors("order.paid", $$"""{ "order": { "id": "1", "total": 10, "currency": "{{currency}}" } }""");

        Assert.Equal(Expected(valid, $"data.order.currency: \"{currency}\" is not an ISO 4217 currency code"), errors);
    }

    [Theory]
    [InlineData("2026-03-01T09:30:00Z", true)]
    [InlineData("2026-03-01T09:30:00+01:00", true)]
    [InlineData("2026-03-01T09:30:00.1234567-05:00", true)]
    [InlineData("2021-12-31T19:00:00-05:00", true)]
    [InlineData("2026-03-01T09:30:00", false)]
    [InlineData("2026-03-01T09:30+01:00", false)]
    [InlineData("2026-03-01T09:30:00+0100", false)]
    [InlineData("2026-03-01", false)]
    [InlineData("2026-13-01T09:30:00Z", false)]
    [InlineData("1772357400", false)]
    [InlineData("Sun, 01 Mar 2026 09:30:00 GMT", false)]
    public void Times_are_ISO_8601_with_an_offset(string time, bool valid)
    {
        var errors = EventData.Errors("appointment.booked", $$"""{ "appointment": { "id": "a", "start": "{{time}}" } }""");

        Assert.Equal(Expected(valid, $"data.appointment.start: \"{time}\" is not an ISO 8601 date-time with offset"), errors);
    }

    [Fact]
    public void A_time_as_a_number_is_named_as_such()
    {
        Assert.Equal(
            ["data.appointment.start: expected a string, found a number"],
            EventData.Errors("appointment.booked", """{ "appointment": { "id": "a", "start": 1772357400 } }"""));
    }

    [Theory]
    [InlineData("en", true)]
    [InlineData("en-US", true)]
    [InlineData("pt-BR", true)]
    [InlineData("zh-Hant-TW", true)]
    [InlineData("es-419", true)]
    [InlineData("en_US", false)]
    [InlineData("english", false)]
    [InlineData("e", false)]
    [InlineData("en-", false)]
    public void Locales_are_BCP_47_tags(string locale, bool valid) =>
        Assert.Equal(Expected(valid, $"data.contact.locale: \"{locale}\" is not a BCP 47 locale"), ContactErrors("locale", locale));

    [Theory]
    [InlineData("Europe/Oslo", true)]
    [InlineData("America/Argentina/Buenos_Aires", true)]
    [InlineData("America/Port-au-Prince", true)]
    [InlineData("Etc/GMT+5", true)]
    [InlineData("UTC", true)]
    [InlineData("Central European Time", false)]
    [InlineData("+01:00", false)]
    public void Time_zones_are_IANA_names(string zone, bool valid) =>
        Assert.Equal(Expected(valid, $"data.contact.timeZone: \"{zone}\" is not an IANA time zone name"), ContactErrors("timeZone", zone));

    [Theory]
    [InlineData("https://shop.example/orders/1?key=abc", true)]
    [InlineData("http://localhost:8080/track", true)]
    [InlineData("www.ups.com/track", false)]
    [InlineData("https://shop.example/has space", false)]
    public void Links_are_absolute_http_urls(string url, bool valid)
    {
        var errors = EventData.Errors("checkout.started", $$"""{ "cart": { "id": "c", "url": "{{url}}" } }""");

        Assert.Equal(Expected(valid, $"data.cart.url: \"{url}\" is not an absolute http(s) URL"), errors);
    }

    [Theory]
    [InlineData("25.5", true)]
    [InlineData("0", true)]
    [InlineData("-5", true)]
    [InlineData("\"25.50\"", false)]
    public void Money_is_a_json_number(string amount, bool valid)
    {
        var errors = EventData.Errors("payment.failed", $$"""{ "payment": { "id": "p", "amount": {{amount}}, "currency": "EUR" } }""");

        Assert.Equal(Expected(valid, "data.payment.amount: expected a number, found a string"), errors);
    }

    [Fact]
    public void An_amount_without_its_currency_is_incomplete()
    {
        Assert.Equal(
            ["data.deal.currency: required when amount is given, but missing"],
            EventData.Errors("deal.stage_changed", """{ "deal": { "id": "d", "stage": "won", "amount": 1200 } }"""));
    }

    [Fact]
    public void Quantities_are_not_negative()
    {
        Assert.Equal(
            ["data.cart.items[0].quantity: expected a number of at least 0, found -1"],
            EventData.Errors("checkout.started", """{ "cart": { "id": "c", "items": [ { "sku": "A", "quantity": -1 } ] } }"""));
    }
}
