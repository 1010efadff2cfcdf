using Hub.Storage;

namespace Hub.Workflows.Engine.Internals;

/// <summary>
/// Puts a faulted instance back to running at the step that failed. When the published definition changed meanwhile
/// (the usual fix) and <paramref name="moveTo"/> is that version, the instance moves to it at the step with the same
/// id, which is why blocking steps should carry ids.
/// </summary>
internal static class InstanceRetry
{
    public static void Prepare(HubDbContext db, WorkflowInstance instance, WorkflowDefinition? moveTo, DateTimeOffset now)
    {
        if (moveTo is not null && instance.WorkflowVersion != moveTo.Version && instance.CurrentStepId is { } stepId
            && moveTo.Program.IndexOf(stepId) is var index and not WorkflowProgram.End)
        {
            instance.Cursor = index;
            instance.WorkflowVersion = moveTo.Version;
        }
        instance.Status = WorkflowInstanceStatus.Running;
        instance.LastError = null;
        instance.WakeAt = null;
        instance.FailedStepId = null;
        instance.FailedAttempts = 0; // a retry after a fix gets the step's whole policy again
        instance.Touch(now);
        Journal.Instance(db, instance, "retried", moveTo is null ? null : $"on version {moveTo.Number}", now);
    }
}
