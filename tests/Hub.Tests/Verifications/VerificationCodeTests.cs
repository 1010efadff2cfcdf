using Hub.Verifications;

namespace Hub.Tests.Verifications;

public sealed class VerificationCodeTests
{
    [Theory]
    [InlineData(4)]
    [InlineData(6)]
    [InlineData(10)]
    public void A_code_is_that_many_digits(int length)
    {
        var code = VerificationCode.Generate(length);

        Assert.Equal(length, code.Length);
        Assert.All(code, c => Assert.True(char.IsAsciiDigit(c)));
    }

    [Fact]
    public void Codes_use_every_digit_and_do_not_repeat()
    {
        var codes = Enumerable.Range(0, 200).Select(_ => VerificationCode.Generate(10)).ToList();

        Assert.Equal(10, codes.SelectMany(c => c).Distinct().Count());
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }

    [Fact]
    public void Only_the_right_code_matches_its_salted_hash()
    {
        var salt = VerificationCode.NewSalt();
        var hash = VerificationCode.Hash("123456", salt);

        Assert.True(VerificationCode.Matches("123456", salt, hash));
        Assert.False(VerificationCode.Matches("123457", salt, hash));
        Assert.False(VerificationCode.Matches("123456", VerificationCode.NewSalt(), hash));
        Assert.NotEqual(hash, VerificationCode.Hash("123456", VerificationCode.NewSalt()));
    }
}
