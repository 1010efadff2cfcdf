namespace Hub.Verifications;

/// <summary>The rules of a check, in order: single use, then the lock after too many wrong checks, then expiry, then the code.</summary>
public static class VerificationRules
{
    public static CheckDecision Decide(VerificationState state, int wrongChecks, int maxWrongChecks, DateTimeOffset expiresAt,
        DateTimeOffset now, bool codeMatches) =>
        state == VerificationState.Approved ? CheckDecision.Reused
        : wrongChecks >= maxWrongChecks ? CheckDecision.Locked
        : now >= expiresAt ? CheckDecision.Expired
        : codeMatches ? CheckDecision.Approve
        : CheckDecision.CountWrong;

    /// <summary>The status a verification shows between checks.</summary>
    public static VerificationStatus StatusOf(VerificationState state, int wrongChecks, int maxWrongChecks, DateTimeOffset expiresAt, DateTimeOffset now) =>
        state == VerificationState.Approved ? VerificationStatus.Approved
        : wrongChecks >= maxWrongChecks ? VerificationStatus.Locked
        : now >= expiresAt ? VerificationStatus.Expired
        : VerificationStatus.Pending;
}
