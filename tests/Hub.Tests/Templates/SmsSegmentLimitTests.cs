using Hub.Templates;
using Scriban.Runtime;

namespace Hub.Tests.Templates;

/// <summary><c>sms.max_segments</c>: read with the template, enforced on every render, explained when exceeded.</summary>
public sealed class SmsSegmentLimitTests : IDisposable
{
    private const string Limited = """
        id: short-notice
        sms:
          max_segments: 1
          en: "Hi {{ name }}, your order is on its way."
          nb: "Hei {{ name }}, ordren er på vei."
        """;

    private readonly TempSpecDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private MessageTemplate Load(string yaml)
    {
        _dir.Write("t.yaml", yaml);
        return Assert.Single(TemplateCatalog.LoadDirectory(_dir.Path).All);
    }

    private SpecError SingleError(string yaml)
    {
        _dir.Write("t.yaml", yaml);
        return Assert.Single(TemplateCatalog.Validate(_dir.Path));
    }

    private static ScriptObject Name(string name)
    {
        var globals = new ScriptObject();
        globals.SetValue("name", name, readOnly: false);
        return globals;
    }

    [Fact]
    public void A_rendered_sms_carries_its_analysis()
    {
        var message = Load(Limited).Render("sms", "nb", Name("Ada"));

        Assert.NotNull(message.Sms);
        Assert.Equal(SmsEncoding.Gsm7, message.Sms.Encoding);
        Assert.Equal(message.Body.Length, message.Sms.Units);
        Assert.Equal(1, message.Sms.Segments);
    }

    [Fact]
    public void A_text_within_the_limit_renders()
    {
        Assert.Equal("Hi Zoë, your order is on its way.", Load(Limited).Render("sms", "en", Name("Zoë")).Body);
    }

    [Fact]
    public void A_gsm7_text_over_the_limit_fails_with_its_length_and_the_capacity()
    {
        var ex = Assert.Throws<TemplateRenderException>(() => Load(Limited).Render("sms", "en", Name(new string('A', 140))));

        Assert.Equal("sms.en", ex.Field);
        Assert.Equal(4, ex.Line);
        Assert.Equal(2, ex.Sms?.Segments);
        Assert.Contains("The SMS is 2 segments, more than max_segments 1: 170 septets as GSM-7, and 1 segment holds at most 160.", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("UCS-2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_ucs2_text_over_the_limit_names_the_characters_that_forced_it_and_their_replacements()
    {
        var ex = Assert.Throws<TemplateRenderException>(() =>
            Load(Limited).Render("sms", "en", Name("Ada “the ‘best’ customer” – thank you… " + new string('x', 20))));

        Assert.Equal(SmsEncoding.Ucs2, ex.Sms?.Encoding);
        Assert.Contains("more than max_segments 1", ex.Message, StringComparison.Ordinal);
        Assert.Contains("as UCS-2, and 1 segment holds at most 70.", ex.Message, StringComparison.Ordinal);
        Assert.Contains("UCS-2 because of U+201C “ (write \"), U+2018 ‘ (write '), U+2019 ’ (write '), U+201D ” (write \"), "
            + "U+2013 – (write -), U+2026 … (write ...).", ex.Message, StringComparison.Ordinal);
        Assert.Contains("With the replacements it would be GSM-7, 1 segment.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_character_without_a_replacement_says_so_and_invisible_ones_show_only_their_code_point()
    {
        var ex = Assert.Throws<TemplateRenderException>(() =>
            Load(Limited).Render("sms", "en", Name("Борис\u00A0" + new string('x', 40))));

        Assert.Contains("U+0411 Б (no GSM-7 replacement)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("U+00A0 (write a space)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("With the replacements it would be UCS-2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_limit_a_long_sms_renders_in_as_many_segments_as_it_needs()
    {
        var message = Load("id: t\nsms:\n  en: \"{{ name }}\"\n").Render("sms", "en", Name(new string('Б', 300)));

        Assert.Equal(5, message.Sms?.Segments);
    }

    [Theory]
    [InlineData("0", "'0' is not a segment count: use 1 to 255")]
    [InlineData("256", "'256' is not a segment count: use 1 to 255")]
    [InlineData("two", "whole number")]
    public void A_limit_that_is_not_a_segment_count_is_a_load_error(string value, string expected)
    {
        var error = SingleError($"id: t\nsms:\n  max_segments: {value}\n  en: Hi\n");

        Assert.Equal(3, error.Line);
        Assert.Equal("sms.max_segments", error.Field);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_limit_on_another_channel_is_a_load_error()
    {
        var error = SingleError("id: t\nwhatsapp:\n  max_segments: 2\n  en: Hi\n");

        Assert.Equal("whatsapp.max_segments", error.Field);
        Assert.Contains("for sms only", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Other_channels_carry_no_sms_analysis()
    {
        var template = Load("id: t\nwhatsapp:\n  en: Hi\nemail:\n  en:\n    subject: S\n    text: T\n");

        Assert.Null(template.Render("whatsapp", "en", new ScriptObject()).Sms);
        Assert.Null(template.Render("email", "en", new ScriptObject()).Sms);
    }
}
