namespace Hub.Workflows.Engine;

public enum WorkflowInstanceStatus
{
    /// <summary>Has steps to run now (a job is queued for it).</summary>
    Running,

    /// <summary>Blocked on a timer or an event; costs nothing until then.</summary>
    Waiting,

    Completed,
    Cancelled,

    /// <summary>A step failed for good; <c>POST .../retry</c> resumes at that step.</summary>
    Faulted,
}
