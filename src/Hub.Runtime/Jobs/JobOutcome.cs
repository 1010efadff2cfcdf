namespace Hub.Runtime.Jobs;

/// <summary>What a handler decided. Its tracked changes are saved in every case, in the same transaction as the job's new state.</summary>
public sealed record JobOutcome(JobOutcomeKind Kind, string? Error = null)
{
    public static JobOutcome Completed { get; } = new(JobOutcomeKind.Completed);

    public static JobOutcome RetryLater(string error) => new(JobOutcomeKind.RetryLater, error);

    public static JobOutcome DeadLetter(string error) => new(JobOutcomeKind.DeadLetter, error);
}
