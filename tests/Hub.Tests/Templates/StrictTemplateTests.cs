using Hub.Templates;
using Scriban.Runtime;

namespace Hub.Tests.Templates;

/// <summary>A reference to a value that is not there fails the render, naming the field and its place, instead of sending "Hi ,".</summary>
public sealed class StrictTemplateTests : IDisposable
{
    private readonly TempSpecDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private MessageTemplate Sms(string text)
    {
        _dir.Write("greeting.yaml", $"id: greeting\nsms:\n  en: |\n    Hello!\n    {text}\n");
        return Assert.Single(TemplateCatalog.LoadDirectory(_dir.Path).All);
    }

    private static ScriptObject Contact(string json) => Scripting.Functions.Rendered.Globals($$"""{"contact": {{json}}}""");

    [Theory]
    [InlineData("""{"lastName": "Lovelace"}""")]
    [InlineData("""{"firstName": null}""")]
    public void A_missing_member_or_a_null_value_in_output_fails_naming_the_field_file_line_and_column(string contact)
    {
        var template = Sms("Hi {{ contact.firstName }},");

        var ex = Assert.Throws<TemplateRenderException>(() => template.Render("sms", "en", Contact(contact)));

        Assert.Contains("`contact.firstName` has no value", ex.Message, StringComparison.Ordinal);
        Assert.EndsWith("greeting.yaml", ex.File, StringComparison.Ordinal);
        Assert.Equal(5, ex.Line);
        Assert.Equal(11, ex.Column); // four spaces of the block, then "Hi {{ "
        Assert.Contains("greeting.yaml(5,11) sms.en", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_through_a_filter_that_answers_nothing_fails_too()
    {
        var ex = Assert.Throws<TemplateRenderException>(() =>
            Sms("Hi {{ contact.firstName | string.upcase }},").Render("sms", "en", Contact("{}")));

        Assert.Contains("`contact.firstName`", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_top_level_variable_fails_naming_it()
    {
        var ex = Assert.Throws<TemplateRenderException>(() => Sms("Order {{ order.number }}").Render("sms", "en", Contact("{}")));

        Assert.Contains("`order`", ex.Message, StringComparison.Ordinal);
        Assert.Equal(5, ex.Line);
    }

    [Theory]
    [InlineData("Hi {{ contact.firstName ?? 'there' }},", "Hi there,")]
    [InlineData("Hi{{ if contact.firstName }} {{ contact.firstName }}{{ end }},", "Hi,")]
    [InlineData("Hi {{ contact.firstName | first_name }},", "Hi there,")]
    [InlineData("Hi {{ contact.firstName | first_name 'customer' }},", "Hi customer,")]
    [InlineData("Hi {{ contact.firstName | default 'friend' }},", "Hi friend,")]
    [InlineData("{{ name = contact.firstName ?? 'you' }}Hi {{ name }},", "Hi you,")]
    public void Fallbacks_and_conditions_still_work(string text, string expected)
    {
        var message = Sms(text).Render("sms", "en", Contact("""{"firstName": null}"""));

        Assert.Equal("Hello!\n" + expected, message.Body);
    }
}
