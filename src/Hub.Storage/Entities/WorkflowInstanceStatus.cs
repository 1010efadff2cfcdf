namespace Hub.Storage.Entities;

public enum WorkflowInstanceStatus
{
    Running,
    Completed,
    Failed,
    Cancelled,
}
