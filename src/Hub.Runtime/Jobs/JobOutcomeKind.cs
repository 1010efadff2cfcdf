namespace Hub.Runtime.Jobs;

public enum JobOutcomeKind
{
    Completed,
    RetryLater,
    DeadLetter,
    /// <summary>Nothing failed; the job runs again at <see cref="JobOutcome.NotBefore"/> without counting the attempt (a rate limit's next token).</summary>
    Postponed,
}
