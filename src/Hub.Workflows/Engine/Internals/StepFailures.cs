using Hub.Runtime.Jobs;
using Hub.Storage;

namespace Hub.Workflows.Engine.Internals;

/// <summary>
/// What a failed try of a step leaves behind, by the step's retry policy: a journal line and a run of the instance
/// after the policy's backoff while tries remain, else a faulted instance whose incident names the step, the error and
/// the tries. The instance stays at the position of its last committed run, so a retry repeats nothing committed.
/// </summary>
internal static class StepFailures
{
    public static void Record(HubDbContext db, JobQueue queue, WorkflowInstance instance, StepFailedException failure, DateTimeOffset now)
    {
        var step = failure.Step!;
        instance.CountFailureAt(step.Id);
        var tries = $"try {instance.FailedAttempts} of {step.Retry.Attempts}";
        if (instance.FailedAttempts >= step.Retry.Attempts)
        {
            Journal.Add(db, instance, step.Id, step.Kind, "failed", $"{failure.Message} ({tries})", null, now);
            InstanceTransitions.Fault(db, instance, $"{failure.Message} (failed {instance.FailedAttempts} of {step.Retry.Attempts} tries)", now);
            return;
        }
        var retryAt = now + step.Retry.DelayAfter(instance.FailedAttempts);
        instance.Status = WorkflowInstanceStatus.Running;
        instance.LastError = failure.Message;
        instance.WakeAt = retryAt;
        instance.WaitEventType = null;
        instance.Touch(now);
        Journal.Add(db, instance, step.Id, step.Kind, "retrying",
            $"{failure.Message} ({tries}; next at {retryAt.UtcDateTime:yyyy-MM-dd HH:mm:ss}Z)", null, now);
        queue.Enqueue(WorkflowRunner.RunJobKind, instance.Id.ToString(), runAt: retryAt);
    }
}
