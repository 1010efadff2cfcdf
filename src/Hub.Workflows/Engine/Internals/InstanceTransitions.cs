using Hub.Storage;

namespace Hub.Workflows.Engine.Internals;

/// <summary>The ways an instance ends, each with its journal line.</summary>
internal static class InstanceTransitions
{
    public static void Cancel(HubDbContext db, WorkflowInstance instance, string reason, DateTimeOffset now)
    {
        End(instance, WorkflowInstanceStatus.Cancelled, reason, now);
        Journal.Instance(db, instance, "cancelled", reason, now);
    }

    public static void Complete(HubDbContext db, WorkflowInstance instance, string? reason, DateTimeOffset now)
    {
        End(instance, WorkflowInstanceStatus.Completed, reason, now);
        Journal.Instance(db, instance, "completed", reason, now);
    }

    /// <summary>A step failed for good: the instance stays at that step, so that a retry resumes there.</summary>
    public static void Fault(HubDbContext db, WorkflowInstance instance, string error, DateTimeOffset now)
    {
        instance.Status = WorkflowInstanceStatus.Faulted;
        instance.LastError = error;
        instance.WakeAt = null;
        instance.WaitEventType = null;
        instance.Touch(now);
        Journal.Instance(db, instance, "faulted", error, now);
    }

    public static bool IsActive(WorkflowInstance instance) =>
        instance.Status is WorkflowInstanceStatus.Running or WorkflowInstanceStatus.Waiting;

    private static void End(WorkflowInstance instance, WorkflowInstanceStatus status, string? reason, DateTimeOffset now)
    {
        instance.Status = status;
        instance.EndReason = reason;
        instance.WakeAt = null;
        instance.WaitEventType = null;
        instance.EndedAt = now;
        instance.Touch(now);
    }
}
