namespace Hub.Tests.Scripting.Functions;

public sealed class FirstNameFunctionTests
{
    [Theory]
    [InlineData("""{"contact": {"firstName": " Ada "}}""", "en", "Hi Ada,")]
    [InlineData("""{"contact": {}}""", "en", "Hi there,")]
    [InlineData("""{"contact": {"firstName": ""}}""", "en-GB", "Hi there,")]
    [InlineData("""{"contact": {"firstName": null}}""", "nb-NO", "Hi du,")]
    public void A_missing_name_becomes_a_word_of_the_recipients_language(string json, string locale, string expected)
    {
        Assert.Equal(expected, Rendered.For("Hi {{ contact.firstName | first_name }},", json, locale));
    }

    [Fact]
    public void The_fallback_word_can_be_chosen()
    {
        Assert.Equal("Dear customer", Rendered.For("Dear {{ contact.firstName | first_name 'customer' }}", """{"contact": {}}"""));
    }

    [Fact]
    public void A_language_without_a_known_word_fails_rather_than_leaving_a_gap()
    {
        var ex = Assert.Throws<Hub.Scripting.ScriptException>(() =>
            Rendered.For("Bonjour {{ contact.firstName | first_name }}", """{"contact": {}}""", "fr-FR"));

        Assert.Contains("contact.firstName", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{{ contact.firstName | default 'friend' }}", "friend")]
    [InlineData("{{ contact.firstName | coalesce 'friend' }}", "friend")]
    [InlineData("{{ contact.firstName ?? 'friend' }}", "friend")]
    public void Default_and_coalesce_fall_back_on_a_missing_value(string text, string expected)
    {
        Assert.Equal(expected, Rendered.For(text, """{"contact": {}}"""));
    }
}
