using Hub.Access.Masking;

namespace Hub.Tests.Access;

public sealed class PersonalDataMaskTests
{
    [Theory]
    [InlineData("+4791234567", "+47 9** ** 567")]
    [InlineData("+12125550123", "+1 2** ** ** 123")]
    [InlineData("+46701234567", "+46 7** *** 567")]
    [InlineData("not a number", "***")]
    public void A_phone_number_keeps_its_country_code_first_and_last_three_digits(string phone, string expected) =>
        Assert.Equal(expected, PersonalDataMask.Phone(phone));

    [Theory]
    [InlineData("kari@example.no", "k***@example.no")]
    [InlineData("@example.no", "***")]
    public void An_email_keeps_its_first_character_and_domain(string email, string expected) =>
        Assert.Equal(expected, PersonalDataMask.Email(email));

    [Fact]
    public void Free_text_has_every_number_and_email_masked()
    {
        var masked = PersonalDataMask.InText("STOP from +4791234567, copy to kari@example.no");
        Assert.Equal("STOP from +47 9** ** 567, copy to k***@example.no", masked);
    }

    [Fact]
    public void A_body_shows_only_its_length() => Assert.Equal("*** (5 characters)", PersonalDataMask.Text("Hello"));
}
