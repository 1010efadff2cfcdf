namespace Hub.Workflows.Engine;

public enum InstanceCommandOutcome
{
    Done,
    NotFound,

    /// <summary>The instance is not in a state the command applies to (cancel a finished one, retry one not faulted).</summary>
    Conflict,
}
