namespace Hub.Workflows.Engine;

public enum WorkflowInstanceStatus
{
    Running,
    Completed,
    Failed,
    Cancelled,
}
