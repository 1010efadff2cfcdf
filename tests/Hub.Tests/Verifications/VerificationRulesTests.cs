using Hub.Verifications;

namespace Hub.Tests.Verifications;

public sealed class VerificationRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Later = Now.AddMinutes(10);

    [Theory]
    [InlineData(VerificationState.Pending, 0, true, CheckDecision.Approve)]
    [InlineData(VerificationState.Pending, 4, true, CheckDecision.Approve)]
    [InlineData(VerificationState.Pending, 4, false, CheckDecision.CountWrong)]
    [InlineData(VerificationState.Pending, 5, true, CheckDecision.Locked)]
    [InlineData(VerificationState.Approved, 0, true, CheckDecision.Reused)]
    [InlineData(VerificationState.Approved, 5, false, CheckDecision.Reused)]
    public void A_check_before_expiry(VerificationState state, int wrongChecks, bool matches, CheckDecision expected) =>
        Assert.Equal(expected, VerificationRules.Decide(state, wrongChecks, 5, Later, Now, matches));

    [Fact]
    public void At_its_expiry_a_code_is_expired_even_when_right()
    {
        Assert.Equal(CheckDecision.Expired, VerificationRules.Decide(VerificationState.Pending, 0, 5, Now, Now, codeMatches: true));
        Assert.Equal(VerificationStatus.Expired, VerificationRules.StatusOf(VerificationState.Pending, 0, 5, Now, Now));
    }

    [Fact]
    public void Locked_wins_over_expired_and_approved_over_both()
    {
        Assert.Equal(VerificationStatus.Locked, VerificationRules.StatusOf(VerificationState.Pending, 5, 5, Now, Now));
        Assert.Equal(VerificationStatus.Approved, VerificationRules.StatusOf(VerificationState.Approved, 5, 5, Now, Now));
        Assert.Equal(VerificationStatus.Pending, VerificationRules.StatusOf(VerificationState.Pending, 4, 5, Later, Now));
    }
}
