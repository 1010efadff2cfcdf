namespace Hub.Runtime.Jobs;

public enum JobOutcomeKind
{
    Completed,
    RetryLater,
    DeadLetter,
}
