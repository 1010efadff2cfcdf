namespace Hub.Tests.Scripting.Functions;

public sealed class MoneyFunctionTests
{
    private const string Order = """{"order": {"total": 1234.5, "currency": "NOK"}}""";

    [Theory]
    [InlineData("nb-NO", "NOK", 1234.5, "kr 1 234,50")]
    [InlineData("nb", "NOK", 1234.5, "kr 1 234,50")]
    [InlineData("en", "EUR", 99.5, "€99.50")]
    [InlineData("en-US", "USD", 1234.5, "$1,234.50")]
    [InlineData("en-GB", "GBP", 3, "£3.00")]
    [InlineData("de-DE", "EUR", 1234.5, "1.234,50 €")]
    [InlineData("nb-NO", "EUR", 99.5, "€ 99,50")]
    [InlineData("en", "NOK", 1234.5, "NOK 1,234.50")]
    [InlineData("en", "JPY", 1234, "\uFFE51,234")] // no English culture uses yen: the symbol of Japan's, no minor units
    public void An_amount_is_written_in_the_recipients_locale_and_its_currency(string locale, string currency, decimal total, string expected)
    {
        var json = "{\"order\": {\"total\": " + total.ToString(System.Globalization.CultureInfo.InvariantCulture) + ", \"currency\": \"" + currency + "\"}}";

        Assert.Equal(expected, Rendered.For("{{ order.total | money order.currency }}", json, locale));
    }

    [Fact]
    public void Spaces_are_plain_so_that_an_sms_stays_in_gsm_7()
    {
        var text = Rendered.For("{{ order.total | money order.currency }}", Order, "nb-NO");

        Assert.DoesNotContain('\u00A0', text);
        Assert.DoesNotContain('\u202F', text);
    }

    [Fact]
    public void A_locale_argument_overrides_the_recipients()
    {
        Assert.Equal("1.234,50 €", Rendered.For("{{ 1234.5 | money 'EUR' 'de-DE' }}", locale: "en"));
    }

    [Fact]
    public void Without_a_currency_the_amount_is_a_number_in_the_locale()
    {
        Assert.Equal("1 234,50", Rendered.For("{{ order.total | money }}", Order, "nb-NO"));
    }

    [Fact]
    public void Amounts_sent_as_text_are_read_invariantly()
    {
        Assert.Equal("kr 10,10", Rendered.For("{{ '10.10' | money 'NOK' }}", locale: "nb-NO"));
    }
}
