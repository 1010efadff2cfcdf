using Hub.Templates;

namespace Hub.Tests.Templates;

public sealed class TemplateLintTests : IDisposable
{
    private readonly TempSpecDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Literal_sms_text_that_forces_ucs2_is_found_at_its_line_with_the_replacement()
    {
        var template = Load("""
            id: t
            default_locale: en
            sms:
              en: |
                Hi {{ contact.firstName }},
                your order’s on its way…
            """);

        var findings = template.Lint();

        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal(("warning", "sms", "en", "sms.en", 6), (f.Severity, f.Channel, f.Locale, f.Field, f.Line)));
        Assert.Contains("U+2019", findings[0].Message, StringComparison.Ordinal);
        Assert.Contains("write '", findings[0].Message, StringComparison.Ordinal);
        Assert.Contains("write ...", findings[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_are_not_linted_only_the_text_around_them()
    {
        var template = Load("""
            id: t
            default_locale: en
            sms:
              en: "Hi {{ contact.firstName ?? '–' }}, your order is on its way."
            """);

        Assert.Empty(template.Lint());
    }

    [Fact]
    public void Literal_text_over_max_segments_is_an_error()
    {
        var longText = new string('a', 170);
        var template = Load("id: t\ndefault_locale: en\nsms:\n  max_segments: 1\n  en: \"" + longText + " {{ order.number }}\"\n");

        var finding = Assert.Single(template.Lint());
        Assert.Equal("error", finding.Severity);
        Assert.Contains("max_segments 1", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_locale_that_one_channel_lacks_is_a_warning_naming_what_the_contact_gets()
    {
        var template = Load("""
            id: t
            default_locale: en
            sms:
              en: "Hi"
              nb: "Hei"
            email:
              en:
                subject: "Hi"
                text: "Hi"
            """);

        var finding = Assert.Single(template.Lint());
        Assert.Equal(("email", "nb"), (finding.Channel, finding.Locale));
        Assert.Contains("gets email in en", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_templates_have_no_errors()
    {
        var samples = TemplateCatalog.LoadDirectory(RepoPaths.Templates);

        Assert.All(samples.All, t => Assert.DoesNotContain(t.Lint(), f => f.Severity == "error"));
    }

    private MessageTemplate Load(string yaml)
    {
        _dir.Write("t.yaml", yaml);
        return TemplateCatalog.LoadDirectory(_dir.Path).Find("t")!;
    }
}
