namespace Hub.Tests.Scripting.Functions;

public sealed class PhoneFormatFunctionTests
{
    [Theory]
    [InlineData("+4791234567", "", "+47 91 23 45 67")]
    [InlineData("+4791234567", "'national'", "91 23 45 67")]
    [InlineData("+4915112345678", "'international'", "+49 1511 2345678")]
    [InlineData("+12133734253", "'national'", "(213) 373-4253")]
    [InlineData("+442079460958", "'e164'", "+442079460958")]
    public void An_e164_number_is_shown_as_people_read_it(string phone, string style, string expected)
    {
        var json = "{\"contact\": {\"phone\": \"" + phone + "\"}}";

        Assert.Equal(expected, Rendered.For($"{{{{ contact.phone | phone_format {style} }}}}", json));
    }

    [Fact]
    public void A_number_without_a_country_code_is_read_in_the_given_region()
    {
        Assert.Equal("+1 213-373-4253", Rendered.For("{{ '(213) 373-4253' | phone_format 'international' 'US' }}"));
    }

    [Fact]
    public void An_unknown_style_fails_naming_the_styles()
    {
        var ex = Assert.Throws<Hub.Scripting.ScriptException>(() => Rendered.For("{{ '+4791234567' | phone_format 'fancy' }}"));

        Assert.Contains("international, national, e164", ex.Message, StringComparison.Ordinal);
    }
}
