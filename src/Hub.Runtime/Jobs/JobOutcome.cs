namespace Hub.Runtime.Jobs;

/// <summary>What a handler decided. Its tracked changes are saved in every case, in the same transaction as the job's new state.</summary>
public sealed record JobOutcome(JobOutcomeKind Kind, string? Error = null)
{
    /// <summary>The earliest time the job may run again: a provider's <c>Retry-After</c>, a rate limit's next token.</summary>
    public DateTimeOffset? NotBefore { get; init; }

    public static JobOutcome Completed { get; } = new(JobOutcomeKind.Completed);

    public static JobOutcome RetryLater(string error) => new(JobOutcomeKind.RetryLater, error);

    /// <summary>A failed attempt whose retry waits for the backoff, and at least until <paramref name="notBefore"/> when given.</summary>
    public static JobOutcome RetryLater(string error, DateTimeOffset? notBefore) => new(JobOutcomeKind.RetryLater, error) { NotBefore = notBefore };

    public static JobOutcome DeadLetter(string error) => new(JobOutcomeKind.DeadLetter, error);

    /// <summary>Runs the job again at <paramref name="at"/>, its attempt not counted: it did not fail, it had to wait.</summary>
    public static JobOutcome Postpone(string reason, DateTimeOffset at) => new(JobOutcomeKind.Postponed, reason) { NotBefore = at };
}
