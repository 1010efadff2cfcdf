using System.Globalization;
using Hub.Templates;
using Hub.Tests.Workflows;
using Hub.Workflows;
using Scriban.Runtime;

namespace Hub.Tests.Templates;

public sealed class TemplateRenderingTests
{
    private static readonly TemplateCatalog Samples = TemplateCatalog.LoadDirectory(RepoPaths.Templates);

    private static ScriptObject Scope(string dataJson = SampleEvents.OrderData) =>
        WorkflowScope.Create(SampleEvents.OrderCreated(dataJson), null, DateTimeOffset.UnixEpoch);

    private static MessageTemplate OrderConfirmation => Samples.Find("order-confirmation")!;

    [Fact]
    public void The_sample_template_has_every_channel_and_email_in_en_de_and_nb()
    {
        var template = OrderConfirmation;

        Assert.Equal("en", template.DefaultLocale);
        Assert.Equal(["sms", "whatsapp", "rcs", "email"], template.Channels);
        Assert.True(template.HasChannel("sms"));
        Assert.Equal(["en", "nb"], template.LocalesOf("whatsapp"));
        Assert.Equal(["en", "de", "nb"], template.LocalesOf("email"));
        Assert.Matches("^[0-9a-f]{12}$", template.Version);
    }

    [Fact]
    public void The_german_sms_names_the_order_and_its_total()
    {
        var message = OrderConfirmation.Render("sms", "de-DE", Scope());

        Assert.Equal("sms", message.Channel);
        Assert.Equal("de", message.Locale);
        Assert.Equal("Danke Ada! Ihre Bestellung #1001 ist bestätigt: 25,50 €.", message.Body);
        Assert.Null(message.Subject);
        Assert.Null(message.Html);
    }

    [Theory]
    [InlineData("fr", "en")]
    [InlineData("fr-FR", "en")]
    [InlineData(null, "en")]
    [InlineData("", "en")]
    [InlineData("de", "de")]
    [InlineData("de-CH", "de")]
    [InlineData("DE_at", "de")]
    [InlineData("en-GB", "en")]
    public void Locales_fall_back_to_their_language_then_the_default(string? requested, string expected)
    {
        Assert.Equal(expected, OrderConfirmation.Render("sms", requested, Scope()).Locale);
    }

    [Fact]
    public void The_english_text_for_a_french_recipient_formats_money_in_english_whatever_the_server_culture()
    {
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("de-DE");
        try
        {
            var message = OrderConfirmation.Render("sms", "fr", Scope());

            Assert.Equal("Thanks Ada! Order #1001 is confirmed: €25.50.", message.Body);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void A_missing_first_name_falls_back_to_a_greeting()
    {
        var body = OrderConfirmation.Render("sms", "en", Scope("""{"order": {"number": "#7", "total": 3, "currency": "USD"}}""")).Body;

        Assert.Equal("Thanks there! Order #7 is confirmed: $3.00.", body);
    }

    [Fact]
    public void The_email_has_subject_text_and_escaped_html()
    {
        var data = """{"order": {"number": "#1001", "total": 25.5, "currency": "EUR", "url": "https://shop.example/o/1?a=1&b=2"}, "contact": {"firstName": "<Ada>"}}""";

        var message = OrderConfirmation.Render("email", "en-US", Scope(data));

        Assert.Equal("en", message.Locale);
        Assert.Equal("Your order #1001 is confirmed", message.Subject);
        Assert.Contains("Hi <Ada>,", message.Body, StringComparison.Ordinal);
        Assert.Contains("Total: €25.50", message.Body, StringComparison.Ordinal);
        Assert.Contains("https://shop.example/o/1?a=1&b=2", message.Body, StringComparison.Ordinal);
        Assert.NotNull(message.Html);
        Assert.Contains("Hi &lt;Ada&gt;,", message.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://shop.example/o/1?a=1&amp;b=2\"", message.Html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "en", "Thanks Kari! Order #1001 is confirmed: NOK 1,234.50.")]
    [InlineData("nb-NO", "nb", "Takk, Kari! Ordre #1001 er bekreftet: kr 1 234,50.")]
    [InlineData("nb", "nb", "Takk, Kari! Ordre #1001 er bekreftet: kr 1 234,50.")]
    public void The_sample_sms_is_written_in_the_recipients_locale(string locale, string variant, string expected)
    {
        var data = """{"order": {"number": "#1001", "total": 1234.5, "currency": "NOK"}, "contact": {"firstName": "Kari"}}""";

        var message = OrderConfirmation.Render("sms", locale, Scope(data));

        Assert.Equal(variant, message.Locale);
        Assert.Equal(expected, message.Body);
    }

    [Fact]
    public void The_sample_email_for_nb_no_greets_with_the_norwegian_fallback_word()
    {
        var data = """{"order": {"number": "#1001", "total": 99.5, "currency": "EUR"}}""";

        var message = OrderConfirmation.Render("email", "nb-NO", Scope(data));

        Assert.StartsWith("Hei du,", message.Body, StringComparison.Ordinal);
        Assert.Contains("Totalt: € 99,50", message.Body, StringComparison.Ordinal);
        Assert.Contains("<p>Hei du,</p>", message.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_channel_without_a_variant_fails_naming_template_and_channel()
    {
        var ex = Assert.Throws<TemplateRenderException>(() => Samples.Find("payment-failed")!.Render("whatsapp", "de", Scope()));

        Assert.Equal("payment-failed", ex.TemplateId);
        Assert.Equal("whatsapp", ex.Channel);
        Assert.Contains("payment-failed", ex.Message, StringComparison.Ordinal);
        Assert.Contains("whatsapp", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_event_without_an_order_fails_naming_template_channel_locale_and_variable()
    {
        var ex = Assert.Throws<TemplateRenderException>(() =>
            OrderConfirmation.Render("sms", "de", Scope("""{"contact": {"firstName": "Ada"}}""")));

        Assert.Equal("de", ex.Locale);
        Assert.Equal("sms.de", ex.Field);
        Assert.Contains("Template 'order-confirmation' (channel sms, locale de)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("`order`", ex.Message, StringComparison.Ordinal);
    }
}
