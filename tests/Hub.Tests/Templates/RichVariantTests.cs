using Hub.Channels;
using Hub.Templates;
using Hub.Tests.Workflows;
using Hub.Workflows;
using Scriban.Runtime;

namespace Hub.Tests.Templates;

/// <summary>WhatsApp approved-template references and RCS cards and suggestions: read, checked and rendered per send.</summary>
public sealed class RichVariantTests
{
    private static readonly TemplateCatalog Samples = TemplateCatalog.LoadDirectory(RepoPaths.Templates);

    private const string OrderData = """
        {
          "order": { "id": "o-77", "number": "#1001", "total": 1234.5, "currency": "NOK" },
          "contact": { "firstName": "Kari", "phone": "+4791234567" }
        }
        """;

    private static ScriptObject Scope(string type = "order.created", string data = OrderData) =>
        WorkflowScope.Create(SampleEvents.Create(type, data), null, DateTimeOffset.UnixEpoch);

    [Fact]
    public void A_whatsapp_approved_template_gets_its_parameters_rendered_for_each_send()
    {
        var message = Samples.Find("order-confirmation")!.Render("whatsapp", "nb-NO", Scope());

        Assert.Equal("Takk, Kari! Ordre #1001 er bekreftet: kr 1 234,50.", message.Body);
        var template = message.WhatsAppTemplate!;
        Assert.Equal(("order_confirmation", "nb"), (template.Name, template.Language));
        Assert.Equal(["Kari", "#1001", "kr 1 234,50"], template.BodyParameters);
        Assert.Equal([new WhatsAppButtonParameter(0, "url", "o-77")], template.Buttons);
        Assert.Empty(template.HeaderParameters);
    }

    [Fact]
    public void A_whatsapp_variant_with_only_a_template_has_a_summary_body_and_the_locale_as_default_language()
    {
        var template = Parse("""
            id: t
            default_locale: en-US
            whatsapp:
              en-US:
                template:
                  name: order_update
                  header: "{{ order.number }}"
                  body: ["{{ contact.firstName }}", "line one\nline two"]
            """);

        var message = template.Render("whatsapp", "en-US", Scope());

        Assert.Equal(("order_update", "en_US"), (message.WhatsAppTemplate!.Name, message.WhatsAppTemplate.Language));
        Assert.Equal(["#1001"], message.WhatsAppTemplate.HeaderParameters);
        Assert.Equal(["Kari", "line one line two"], message.WhatsAppTemplate.BodyParameters);
        Assert.Equal("order_update (en_US): #1001 | Kari | line one line two", message.Body);
    }

    [Fact]
    public void A_whatsapp_template_without_a_name_or_with_a_bad_button_is_refused_with_its_field()
    {
        var errors = Errors("""
            id: t
            whatsapp:
              en:
                template:
                  body: ["{{ order.number }}"]
                  buttons:
                    - { index: 0, sub_type: phone, value: "x" }
            """);

        Assert.Contains(errors, e => e.Field == "whatsapp.en.template.name");
        Assert.Contains(errors, e => e.Field == "whatsapp.en.template.buttons[0].sub_type" && e.Line == 7);
    }

    [Fact]
    public void An_rcs_card_renders_title_description_media_and_suggestions_with_the_fallback_sms()
    {
        var message = Samples.Find("order-confirmation")!.Render("rcs", "en", Scope());

        var card = message.Card!;
        Assert.Equal("Order #1001 is confirmed", card.Title);
        Assert.Equal("Thanks Kari! Total: NOK 1,234.50.", card.Description);
        Assert.Equal("https://shop.example.com/images/order-confirmed.png", card.MediaUrl);
        Assert.Equal(
            [new Suggestion(Suggestion.OpenUrl, "See your order", Suggestion.OpenUrl) { Url = "https://shop.example.com/orders" },
             new Suggestion(Suggestion.Reply, "Contact us", "help")],
            card.Suggestions);
        Assert.Equal($"{card.Title}\n\n{card.Description}", message.Body);
        Assert.StartsWith("Thanks Kari! Order #1001 is confirmed", message.FallbackSms, StringComparison.Ordinal);
    }

    [Fact]
    public void An_rcs_text_carries_its_suggested_replies_and_actions()
    {
        var message = Samples.Find("appointment-reminder")!.Render("rcs", "nb", Scope("appointment.booked", """
            { "appointment": { "id": "a-1", "start": "2026-03-03T09:30:00Z", "title": "Tannlege", "rescheduleUrl": "https://book.example.com/r/a-1" } }
            """));

        Assert.Equal("Påminnelse: Tannlege er i morgen kl. 09:30 UTC.", message.Body);
        Assert.Null(message.Card);
        Assert.Equal([("reply", "Jeg kommer", "confirm", null), ("open_url", "Endre tidspunkt", "open_url", "https://book.example.com/r/a-1")],
            message.Suggestions.Select(s => (s.Kind, s.Text, s.Postback, s.Url)));
    }

    [Fact]
    public void An_rcs_variant_is_a_text_or_a_card_and_a_suggestion_is_one_kind()
    {
        var both = Errors("""
            id: t
            rcs:
              en:
                text: "Hi"
                card: { title: "Hi" }
            """);
        Assert.Contains(both, e => e.Field == "rcs.en" && e.Message.Contains("or a card", StringComparison.Ordinal));

        var suggestion = Errors("""
            id: t
            rcs:
              en:
                text: "Hi"
                suggestions:
                  - { reply: "Yes", dial: "Call" }
                  - { open_url: "Open" }
            """);
        Assert.Contains(suggestion, e => e.Field == "rcs.en.suggestions[0]");
        Assert.Contains(suggestion, e => e.Field == "rcs.en.suggestions[1].url");
    }

    [Fact]
    public void A_suggestion_label_longer_than_rcs_allows_fails_the_render()
    {
        var template = Parse("""
            id: t
            rcs:
              en:
                text: "Hi"
                suggestions:
                  - reply: "{{ contact.firstName }}, please tap here to confirm"
            """);

        var ex = Assert.Throws<TemplateRenderException>(() => template.Render("rcs", "en", Scope()));
        Assert.Contains("RCS allows 25", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_sample_email_is_inside_the_layout_with_the_unsubscribe_link_and_values_escaped_once()
    {
        var data = OrderData.Replace("Kari", "Kari & Ola", StringComparison.Ordinal);
        var message = Samples.Find("order-confirmation")!.Render("email", "nb", Scope(data: data));

        Assert.StartsWith("<!DOCTYPE html>", message.Html, StringComparison.Ordinal);
        Assert.Contains("<p>Hei Kari &amp; Ola,</p>", message.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://shop.example.com/preferences\"", message.Html, StringComparison.Ordinal);
        Assert.StartsWith("Hei Kari & Ola,", message.Body, StringComparison.Ordinal);
        Assert.EndsWith("Unsubscribe / Avslutt abonnement: https://shop.example.com/preferences", message.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_text_the_plain_part_is_derived_from_the_html()
    {
        var template = Parse("""
            id: t
            email:
              en:
                subject: "Order {{ order.number }}"
                html: |
                  <p>Hi {{ contact.firstName }},</p>
                  <p>your order <strong>{{ order.number }}</strong> &amp; more:<br>
                  <a href="https://shop.example.com/o/1">See it</a></p>
                  <ul><li>One</li><li>Two</li></ul>
            """);

        var message = template.Render("email", "en", Scope());

        Assert.Equal("Hi Kari,\n\nyour order #1001 & more:\nSee it (https://shop.example.com/o/1)\n\n- One\n- Two", message.Body);
    }

    [Fact]
    public void An_unknown_layout_is_refused_naming_the_layouts_there_are()
    {
        var (_, errors) = TemplateParser.Read("""
            id: t
            email:
              en:
                layout: fancy
                subject: "Hi"
                text: "Hi"
            """, "t.yaml", Samples.Layouts);

        var error = Assert.Single(errors);
        Assert.Equal(("email.en.layout", 4), (error.Field, error.Line));
        Assert.Contains("the layouts are: default", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_rich_parts_round_trip_through_their_json_form()
    {
        var rendered = Samples.Find("order-confirmation")!.Render("rcs", "en", Scope());
        var stored = MessageRichContent.Of(rendered)!;

        var read = MessageRichContent.FromJson(stored.ToJson())!;

        Assert.Equal(stored.Card!.Title, read.Card!.Title);
        Assert.Equal(stored.Card.Suggestions, read.Card.Suggestions);
        Assert.Equal(stored.FallbackSms, read.FallbackSms);
        Assert.Null(MessageRichContent.Of(Samples.Find("order-confirmation")!.Render("sms", "en", Scope())));
    }

    private static MessageTemplate Parse(string yaml)
    {
        var (template, errors) = TemplateParser.Read(yaml, "t.yaml", Samples.Layouts);
        Assert.True(template is not null, string.Join("\n", errors));
        return template;
    }

    private static IReadOnlyList<Hub.Specs.SpecError> Errors(string yaml)
    {
        var (template, errors) = TemplateParser.Read(yaml, "t.yaml", Samples.Layouts);
        Assert.Null(template);
        return errors;
    }
}
