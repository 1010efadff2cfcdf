namespace Hub.Verifications;

/// <summary>The verification issued; or what is wrong with the request; or how long the recipient must wait.</summary>
public sealed record VerificationIssueResult(Verification? Issued, IReadOnlyDictionary<string, string[]> Errors, TimeSpan? RetryAfter)
{
    public static VerificationIssueResult Invalid(IReadOnlyDictionary<string, string[]> errors) => new(null, errors, null);

    public static VerificationIssueResult Limited(TimeSpan retryAfter) => new(null, new Dictionary<string, string[]>(), retryAfter);
}
