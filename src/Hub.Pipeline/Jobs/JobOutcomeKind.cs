namespace Hub.Pipeline.Jobs;

public enum JobOutcomeKind
{
    Completed,
    RetryLater,
    DeadLetter,
}
