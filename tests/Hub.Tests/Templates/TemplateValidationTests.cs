using System.Globalization;
using Hub.Templates;
using Hub.Tests.Workflows;
using Scriban.Runtime;

namespace Hub.Tests.Templates;

public sealed class TemplateValidationTests : IDisposable
{
    private readonly TempSpecDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private SpecError SingleError(string yaml)
    {
        var file = _dir.Write("broken.yaml", yaml);
        var error = Assert.Single(TemplateCatalog.Validate(_dir.Path));
        Assert.Equal(file, error.File);
        return error;
    }

    private MessageTemplate Load(string yaml)
    {
        _dir.Write("t.yaml", yaml);
        return Assert.Single(TemplateCatalog.LoadDirectory(_dir.Path).All);
    }

    private static ScriptObject Globals(string name, object? value)
    {
        var globals = new ScriptObject();
        globals.SetValue(name, value, readOnly: false);
        return globals;
    }

    [Fact]
    public void A_syntax_error_in_a_block_text_points_at_its_file_line()
    {
        var error = SingleError("""
            id: t
            sms:
              en: |
                Hello
                {{ if }}
            """);

        Assert.Equal(5, error.Line);
        Assert.Equal("sms.en", error.Field);
        Assert.Contains("if", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_syntax_error_in_a_quoted_text_points_at_its_line()
    {
        var error = SingleError("id: t\nemail:\n  en:\n    subject: \"Order {{ order.number | }}\"\n    text: Hi\n");

        Assert.Equal(4, error.Line);
        Assert.Equal("email.en.subject", error.Field);
    }

    [Fact]
    public void An_undefined_variable_fails_at_render_with_file_line_and_field()
    {
        var file = _dir.Write("t.yaml", """
            id: t
            sms:
              en: |
                Hello {{ contact.firstName }},
                your order {{ ordr.number }} is on its way.
            """);
        var template = Assert.Single(TemplateCatalog.LoadDirectory(_dir.Path).All);

        var ex = Assert.Throws<TemplateRenderException>(() => template.Render("sms", "en", Globals("contact", new ScriptObject { ["firstName"] = "Ada" })));

        Assert.Equal(file, ex.File);
        Assert.Equal(5, ex.Line);
        Assert.Equal("sms.en", ex.Field);
        Assert.Equal("t", ex.TemplateId);
        Assert.Equal("sms", ex.Channel);
        Assert.Equal("en", ex.Locale);
        Assert.Contains("`ordr`", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"{file}(5,19) sms.en", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_channels_and_keys_are_reported()
    {
        _dir.Write("t.yaml", """
            id: t
            sms:
              en: Hi
            push:
              en: Hi
            email:
              en:
                subject: Hi
                text: Hi
                footer: Bye
            """);

        var errors = TemplateCatalog.Validate(_dir.Path);

        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e is { Line: 4, Field: "push" } && e.Message.Contains("sms, whatsapp, rcs, email", StringComparison.Ordinal));
        Assert.Contains(errors, e => e is { Line: 10, Field: "email.en.footer" });
    }

    [Fact]
    public void Every_channel_needs_the_default_locale()
    {
        var error = SingleError("""
            id: t
            default_locale: en
            sms:
              en: Hi
            whatsapp:
              de: Hallo
            """);

        Assert.Equal(5, error.Line);
        Assert.Equal("whatsapp", error.Field);
        Assert.Contains("'en'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Email_needs_a_subject_and_a_text()
    {
        var error = SingleError("id: t\nemail:\n  en:\n    html: <p>Hi</p>\n    text: Hi\n");

        Assert.Equal(3, error.Line);
        Assert.Equal("email.en.subject", error.Field);
    }

    [Fact]
    public void Bad_and_duplicate_locales_are_reported()
    {
        _dir.Write("t.yaml", "id: t\nsms:\n  en: Hi\n  EN: Hi\n  english!: Hi\n");

        var errors = TemplateCatalog.Validate(_dir.Path);

        Assert.Contains(errors, e => e is { Line: 4, Field: "sms.EN" } && e.Message.Contains("same as 'en'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e is { Line: 5, Field: "sms.english!" });
    }

    [Fact]
    public void Duplicate_template_ids_are_reported_at_the_second_file()
    {
        var first = _dir.Write("a.yaml", "id: same\nsms:\n  en: A\n");
        var second = _dir.Write("b.yaml", "description: copy\nid: same\nsms:\n  en: B\n");

        var error = Assert.Single(TemplateCatalog.Validate(_dir.Path));

        Assert.Equal(second, error.File);
        Assert.Equal(2, error.Line);
        Assert.Equal("id", error.Field);
        Assert.Contains(first, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Loading_a_broken_directory_throws_every_error()
    {
        _dir.Write("a.yaml", "id: a\nsms:\n  en: \"{{ if }}\"\n");
        _dir.Write("b.yaml", "id: b\n");

        var ex = Assert.Throws<TemplateSpecException>(() => TemplateCatalog.LoadDirectory(_dir.Path));

        Assert.Equal(2, ex.Errors.Count);
        Assert.Contains("a.yaml(3): sms.en:", ex.Message, StringComparison.Ordinal);
        Assert.Contains("b.yaml(1): : The template has no texts", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sms_bodies_lose_the_trailing_newline_of_a_block()
    {
        var template = Load("id: t\nsms:\n  en: |\n    Hi there\n\n");

        Assert.Equal("Hi there", template.Render("sms", null, new ScriptObject()).Body);
    }

    [Fact]
    public void Decimals_render_invariantly_whatever_the_server_culture()
    {
        var template = Load("id: t\nsms:\n  en: \"{{ total }}\"\n");
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = new CultureInfo("de-DE");
        try
        {
            Assert.Equal("1234.5", template.Render("sms", "de", Globals("total", 1234.5m)).Body);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void An_email_subject_stays_on_one_line()
    {
        var template = Load("id: t\nemail:\n  en:\n    subject: |\n      Hello\n      {{ name }}\n    text: Hi\n");

        Assert.Equal("Hello A B", template.Render("email", "en", Globals("name", "A\r\nB")).Subject);
    }

    [Fact]
    public void A_text_that_renders_empty_is_an_error()
    {
        var template = Load("id: t\nsms:\n  en: \"{{ if false }}x{{ end }}\"\n");

        var ex = Assert.Throws<TemplateRenderException>(() => template.Render("sms", "en", new ScriptObject()));
        Assert.Contains("empty", ex.Message, StringComparison.Ordinal);
        Assert.Equal(3, ex.Line);
    }
}
