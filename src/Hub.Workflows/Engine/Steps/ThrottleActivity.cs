using System.Text.Json.Nodes;
using Hub.Scripting;
using Microsoft.EntityFrameworkCore;

namespace Hub.Workflows.Engine.Steps;

/// <summary>
/// <c>throttle</c>, without a table of its own: the passes are the journal lines of this step (kind <c>throttle</c>,
/// outcome <c>next</c>) whose data is exactly <c>{"key": ...}</c> with this key, of instances of this workflow, within
/// the window — those stored and those this transaction added. Over the limit the instance ends, <c>throttled</c>.
/// </summary>
/// <remarks>
/// Races: on PostgreSQL, inside a job's transaction (webhook ingest, a run job), an advisory lock on the key
/// (<see cref="KeyLock"/>) makes concurrent deciders take turns, so the limit holds across processes. On SQLite, and
/// for events posted through the API (their consumers run before the implicit save transaction), two transactions
/// may both count below the limit and both pass: the limit can then be exceeded by the number of batches deciding at
/// the same instant. The count reads the journal through the instances of this workflow (indexed by workflow), so it
/// costs more as a workflow's instances grow; a table of passes with an index would be the next step.
/// </remarks>
internal sealed class ThrottleActivity : StepActivity<ThrottleStep>
{
    private const string Kind = ThrottleStep.KindName;
    private const string PassedOutcome = "next";

    protected override async Task<StepOutcome> ExecuteAsync(ThrottleStep step, StepContext context, CancellationToken cancellationToken)
    {
        var key = HubFunctions.Text(context.Evaluate(step.Key, cancellationToken)) ?? "";
        if (key.Length > 200)
        {
            key = key[..200];
        }
        var data = new JsonObject { ["key"] = key }.ToJsonString();
        await KeyLock.TryHoldAsync(context.Db, $"throttle\n{context.Workflow.Id}\n{step.Id}\n{key}", cancellationToken);
        var since = context.Now - step.Per;
        var workflowId = context.Workflow.Id;
        var stepId = step.Id;
        var db = context.Db;
        var stored = await db.WorkflowJournal
            .Join(db.WorkflowInstances.Where(i => i.WorkflowId == workflowId), j => j.InstanceId, i => i.Id, (j, _) => j)
            .CountAsync(j => j.Kind == Kind && j.StepId == stepId && j.Outcome == PassedOutcome && j.DataJson == data && j.At > since, cancellationToken);
        var instancesHere = db.WorkflowInstances.Local.Where(i => i.WorkflowId == workflowId).Select(i => i.Id).ToHashSet();
        var unsaved = db.ChangeTracker.Entries<WorkflowJournalEntry>()
            .Count(e => e.State == EntityState.Added && e.Entity.Kind == Kind && e.Entity.StepId == stepId && e.Entity.Outcome == PassedOutcome
                && e.Entity.DataJson == data && e.Entity.At > since && instancesHere.Contains(e.Entity.InstanceId));
        var passed = stored + unsaved;
        if (passed >= step.Limit)
        {
            return StepOutcome.End("throttled") with { Output = new JsonObject { ["key"] = key, ["throttled"] = true } };
        }
        // The output is exactly the data the count matches: keep it {"key": ...} and nothing else.
        return StepOutcome.NextWithNote($"passed for key {key}: {passed + 1} of {step.Limit} in {Hub.Specs.DurationText.Format(step.Per)}")
            with { Output = new JsonObject { ["key"] = key } };
    }
}
