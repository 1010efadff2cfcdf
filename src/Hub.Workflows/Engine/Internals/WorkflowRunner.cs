using System.Text.Json.Nodes;
using Hub.Core.Events;
using Hub.Runtime.Jobs;
using Hub.Scripting;
using Hub.Storage;
using Hub.Workflows.Engine.Steps;

namespace Hub.Workflows.Engine.Internals;

/// <summary>
/// Runs an instance's steps from its cursor, one activity per step kind, until one blocks (a timer or a bookmark is
/// left), the workflow ends, or a step fails. Every step goes into the journal; the position and state are stored
/// with the job's transaction, together with everything the steps added (send requests, timers).
/// </summary>
internal sealed class WorkflowRunner(IEnumerable<IStepActivity> activities, JobQueue queue)
{
    /// <summary>The job kind that runs an instance: now (new, resumed, retried) or at its timer's due time.</summary>
    public const string RunJobKind = "workflow-run";

    private readonly Dictionary<Type, IStepActivity> _activities = activities.ToDictionary(a => a.StepType);

    /// <param name="inline">The run is part of the transaction that records an event, not a job of this instance.</param>
    public async Task RunAsync(WorkflowInstance instance, WorkflowDefinition workflow, CanonicalEvent trigger, HubDbContext db, DateTimeOffset now, CancellationToken cancellationToken, bool inline = false)
    {
        var program = workflow.Program;
        var state = InstanceState.Parse(instance.StateJson);
        var context = new StepContext(instance, workflow, trigger, state, now, db);
        instance.Status = WorkflowInstanceStatus.Running;
        instance.LastError = null;
        instance.WakeAt = null;
        var ran = 0;
        try
        {
            while (instance.Cursor != WorkflowProgram.End)
            {
                if (instance.Cursor < 0 || instance.Cursor >= program.Nodes.Count)
                {
                    InstanceTransitions.Fault(db, instance, $"Position {instance.Cursor} is not a step of version {workflow.Number}.", now);
                    return;
                }
                var node = program.Nodes[instance.Cursor];
                instance.CurrentStepId = node.Step.Id;
                if (!_activities.TryGetValue(node.Step.GetType(), out var activity))
                {
                    InstanceTransitions.Fault(db, instance, $"Step '{node.Step.Id}' is of a kind this engine cannot run.", now);
                    return;
                }
                if (activity.RunsAlone && (ran > 0 || inline))
                {
                    // Commit what ran so far; the step starts the next job of this instance.
                    queue.Enqueue(RunJobKind, instance.Id.ToString());
                    return;
                }
                ran++;
                StepOutcome outcome;
                try
                {
                    outcome = await activity.ExecuteAsync(node.Step, context, cancellationToken);
                }
                catch (Exception ex) when (ex is ScriptException or Messaging.SendRequestException)
                {
                    // The definition or a template does not fit this event: retrying cannot help until an analyst fixes it.
                    outcome = StepOutcome.Fail($"Step '{node.Step.Id}': {ex.Message}");
                }
                catch (Exception ex) when (ex is not DigestPendingException && (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested))
                {
                    // May pass (a 503, a lost connection): the run rolls back and the step's retry policy decides.
                    throw new StepFailedException(node.Step, ex);
                }
                if (outcome.Output is not null)
                {
                    context.SetOutput(node.Step.Id, outcome.Output);
                }
                Journal.Add(db, instance, node.Step.Id, node.Step.Kind, OutcomeName(outcome), outcome.Note, outcome.Output, now);
                if (outcome.Kind != StepOutcomeKind.Fail)
                {
                    instance.FailedStepId = null;
                    instance.FailedAttempts = 0;
                }
                else
                {
                    instance.CountFailureAt(node.Step.Id);
                }
                if (!Apply(instance, node, program, outcome, db, now))
                {
                    return;
                }
                if (activity.RunsAlone && instance.Cursor != WorkflowProgram.End)
                {
                    // Commit the step on its own: a failure of a later step must not roll it back and repeat it.
                    queue.Enqueue(RunJobKind, instance.Id.ToString());
                    return;
                }
            }
            InstanceTransitions.Complete(db, instance, null, now);
        }
        finally
        {
            instance.StateJson = state.ToJson();
            if (instance.Status == WorkflowInstanceStatus.Running)
            {
                instance.Touch(now);
            }
        }
    }

    /// <summary>Moves the instance as the outcome says; false when the run stops here.</summary>
    private bool Apply(WorkflowInstance instance, ProgramNode node, WorkflowProgram program, StepOutcome outcome, HubDbContext db, DateTimeOffset now)
    {
        switch (outcome.Kind)
        {
            case StepOutcomeKind.Next:
                instance.Cursor = node.Next;
                return true;
            case StepOutcomeKind.Branch:
                instance.Cursor = node.BranchStart(outcome.Branch!);
                return true;
            case StepOutcomeKind.SkipNext:
                instance.Cursor = node.Next == WorkflowProgram.End ? WorkflowProgram.End : program.Nodes[node.Next].Next;
                return true;
            case StepOutcomeKind.Sleep:
            case StepOutcomeKind.Wait:
                instance.Status = WorkflowInstanceStatus.Waiting;
                instance.WakeAt = outcome.WakeAt;
                instance.WaitEventType = outcome.WaitEventType;
                instance.Touch(now);
                if (outcome.WakeAt is { } wakeAt)
                {
                    queue.Enqueue(RunJobKind, instance.Id.ToString(), runAt: wakeAt);
                }
                return false;
            case StepOutcomeKind.End:
                instance.Cursor = WorkflowProgram.End;
                InstanceTransitions.Complete(db, instance, outcome.Note, now);
                return false;
            default:
                InstanceTransitions.Fault(db, instance, outcome.Note ?? $"Step '{node.Step.Id}' failed.", now);
                return false;
        }
    }

    /// <summary>Wakes an instance whose timer is due: a delay goes on, a wait_for takes its timeout branch.</summary>
    public static void Wake(WorkflowInstance instance, WorkflowDefinition workflow, HubDbContext db, DateTimeOffset now)
    {
        var node = workflow.Program.Nodes[instance.Cursor];
        if (node.Step is WaitForStep wait)
        {
            SetOutput(instance, wait.Id, new JsonObject { ["outcome"] = "timeout" });
            instance.Cursor = node.BranchStart(WaitForStep.TimeoutBranch);
            Journal.Add(db, instance, wait.Id, wait.Kind, "timeout", $"no {wait.EventType} arrived in time", null, now);
        }
        else
        {
            instance.Cursor = node.Next;
            Journal.Add(db, instance, node.Step.Id, node.Step.Kind, "woke", null, null, now);
        }
        instance.Status = WorkflowInstanceStatus.Running;
        instance.WakeAt = null;
        instance.WaitEventType = null;
        instance.Touch(now);
    }

    /// <summary>Resumes an instance waiting in <paramref name="wait"/> with the event that arrived.</summary>
    public static void Resume(WorkflowInstance instance, ProgramNode node, WaitForStep wait, CanonicalEvent arrived, HubDbContext db, DateTimeOffset now)
    {
        var eventJson = new JsonObject
        {
            ["id"] = arrived.Id,
            ["type"] = arrived.Type,
            ["subject"] = arrived.Subject,
            ["time"] = arrived.Time.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["data"] = arrived.Data.DeepClone(),
        };
        SetOutput(instance, wait.Id, new JsonObject { ["outcome"] = "event", ["event"] = eventJson });
        instance.Cursor = node.BranchStart(WaitForStep.EventBranch);
        instance.Status = WorkflowInstanceStatus.Running;
        instance.WakeAt = null;
        instance.WaitEventType = null;
        instance.Touch(now);
        Journal.Add(db, instance, wait.Id, wait.Kind, "event", $"{arrived.Type} {arrived.Id} arrived", null, now);
    }

    private static void SetOutput(WorkflowInstance instance, string stepId, JsonObject output)
    {
        var state = InstanceState.Parse(instance.StateJson);
        state.Steps[stepId] = output;
        instance.StateJson = state.ToJson();
    }

    private static string OutcomeName(StepOutcome outcome) => outcome.Kind switch
    {
        StepOutcomeKind.Next => "next",
        StepOutcomeKind.Branch => outcome.Branch!,
        StepOutcomeKind.SkipNext => "skip-next",
        StepOutcomeKind.Sleep => "sleep",
        StepOutcomeKind.Wait => "wait",
        StepOutcomeKind.End => "end",
        _ => "failed",
    };
}
