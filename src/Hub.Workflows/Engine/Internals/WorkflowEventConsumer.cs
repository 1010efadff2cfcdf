using Hub.Core.Events;
using Hub.Runtime.Events;
using Hub.Runtime.Jobs;
using Hub.Scripting;
using Hub.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Hub.Workflows.Engine.Internals;

/// <summary>
/// What an event does to workflows, in the transaction that records it: cancels (and restarts) running instances of
/// its key, resumes instances waiting for it, and starts the workflows it triggers — then runs the new instances'
/// first steps at once, so that an order confirmation is composed in the same commit as its webhook's event.
/// A cancel and a timer for the same instance cannot both win: each moves the instance's revision, and the slower
/// transaction's update matches no row and is retried against what the faster one left.
/// </summary>
internal sealed class WorkflowEventConsumer(
    WorkflowVersions versions,
    WorkflowRunner runner,
    JobQueue queue,
    IOptions<WorkflowEngineOptions> options) : IEventConsumer
{
    public async Task<IReadOnlyList<string>> ConsumeAsync(RecordedEvent recorded, HubDbContext db, CancellationToken cancellationToken)
    {
        var e = recorded.Event;
        var now = recorded.Record.CreatedAt;
        var set = await versions.ForWorkspaceAsync(db.WorkspaceId, cancellationToken);
        var problems = new List<string>();
        var restarts = await CancelByKeyAsync(set, e, db, now, problems, cancellationToken);
        await ResumeWaitingAsync(set, e, db, now, problems, cancellationToken);

        var toStart = set.TriggeredBy(e.Type).Concat(restarts.Select(set.FindPublished).OfType<WorkflowDefinition>()).DistinctBy(w => w.Id);
        foreach (var workflow in toStart)
        {
            try
            {
                // A restart_on event starts the workflow though its type is not the trigger's; its condition still applies.
                if (workflow.Trigger.When is { } when && !when.IsTrue(WorkflowScope.Create(e, workflow, now), cancellationToken: cancellationToken))
                {
                    continue;
                }
                var started = await InstanceStarter.StartAsync(workflow, e, db, now, mayExist: recorded.IsRetry, cancellationToken);
                var instance = started.Instance ?? (recorded.IsRetry ? await RetryFaultedAsync(workflow, e, db, now, cancellationToken) : null);
                if (instance is not null)
                {
                    // A retried instance moved to the published version only if its step is still there.
                    var version = set.FindVersion(instance.WorkflowId, instance.WorkflowVersion) ?? workflow;
                    await RunOrQueueAsync(instance, version, e, db, now, cancellationToken);
                    if (instance.Status == WorkflowInstanceStatus.Faulted)
                    {
                        // The event's list shows it failed, and a retry of the event resumes the instance.
                        problems.Add($"Workflow '{workflow.Id}': {instance.LastError}");
                    }
                }
            }
            catch (ScriptException ex)
            {
                // One broken condition or key must not keep the other workflows from seeing the event.
                problems.Add($"Workflow '{workflow.Id}': {ex.Message}");
            }
        }
        return problems;
    }

    private static async Task<HashSet<string>> CancelByKeyAsync(WorkflowSet set, CanonicalEvent e, HubDbContext db, DateTimeOffset now, List<string> problems, CancellationToken cancellationToken)
    {
        var restarts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var version in set.KeyedBy(e.Type))
        {
            var rules = version.CancelOn.Select(r => (Rule: r, Restart: false))
                .Concat(version.RestartOn.Select(r => (Rule: r, Restart: true)))
                .Where(r => r.Rule.EventType == e.Type)
                .ToList();
            try
            {
                var keyed = rules.Select(r => (r.Rule, r.Restart, Key: InstanceStarter.KeyOf(version, r.Rule.Key ?? version.Correlate, e, now)))
                    .Where(r => r.Key is not null)
                    .ToList();
                var instances = await ActiveInstances.ForKeysAsync(db, version.Id, version.Version, [.. keyed.Select(r => r.Key!).Distinct()], cancellationToken);
                foreach (var instance in instances)
                {
                    var rule = keyed.FirstOrDefault(r => r.Key == instance.CorrelationKey && Matches(r.Rule, version, e, instance, now, cancellationToken));
                    if (rule.Rule is null)
                    {
                        continue;
                    }
                    var verb = rule.Restart ? "restarted" : "cancelled";
                    InstanceTransitions.Cancel(db, instance, $"{verb} by {e.Type} {e.Id}", now);
                    if (rule.Restart)
                    {
                        restarts.Add(version.Id);
                    }
                }
                // restart_on starts the workflow from the event even when nothing ran for the key (a booking made
                // before Hub was connected still gets its reminder at the new time).
                foreach (var rule in keyed.Where(r => r.Restart && Matches(r.Rule, version, e, null, now, cancellationToken)))
                {
                    restarts.Add(version.Id);
                }
            }
            catch (ScriptException ex)
            {
                problems.Add($"Workflow '{version.Id}' (version {version.Number}): {ex.Message}");
            }
        }
        return restarts;
    }

    private async Task ResumeWaitingAsync(WorkflowSet set, CanonicalEvent e, HubDbContext db, DateTimeOffset now, List<string> problems, CancellationToken cancellationToken)
    {
        foreach (var version in set.WaitingFor(e.Type))
        {
            try
            {
                var waits = version.Program.Nodes.Where(n => n.Step is WaitForStep w && w.EventType == e.Type).ToList();
                var keys = waits.Select(n => InstanceStarter.KeyOf(version, ((WaitForStep)n.Step).Key ?? version.Correlate, e, now))
                    .OfType<string>().Distinct().ToList();
                foreach (var instance in await ActiveInstances.WaitingAsync(db, version.Id, version.Version, e.Type, keys, cancellationToken))
                {
                    if (instance.Cursor < 0 || instance.Cursor >= version.Program.Nodes.Count
                        || version.Program.Nodes[instance.Cursor] is not { Step: WaitForStep wait } node
                        || InstanceStarter.KeyOf(version, wait.Key ?? version.Correlate, e, now) != instance.CorrelationKey)
                    {
                        continue;
                    }
                    if (wait.Match is { } match && !match.IsTrue(WorkflowScope.Create(e, version, now, InstanceState.Parse(instance.StateJson)), cancellationToken: cancellationToken))
                    {
                        continue;
                    }
                    WorkflowRunner.Resume(instance, node, wait, e, db, now);
                    queue.Enqueue(WorkflowRunner.RunJobKind, instance.Id.ToString());
                }
            }
            catch (ScriptException ex)
            {
                problems.Add($"Workflow '{version.Id}' (version {version.Number}): {ex.Message}");
            }
        }
    }

    private static bool Matches(EventRule rule, WorkflowDefinition version, CanonicalEvent e, WorkflowInstance? instance, DateTimeOffset now, CancellationToken cancellationToken) =>
        rule.Match is null || rule.Match.IsTrue(
            WorkflowScope.Create(e, version, now, instance is null ? null : InstanceState.Parse(instance.StateJson)), cancellationToken: cancellationToken);

    private async Task RunOrQueueAsync(WorkflowInstance instance, WorkflowDefinition workflow, CanonicalEvent e, HubDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!options.Value.RunInline)
        {
            queue.Enqueue(WorkflowRunner.RunJobKind, instance.Id.ToString());
            return;
        }
        try
        {
            await runner.RunAsync(instance, workflow, e, db, now, cancellationToken, inline: true);
        }
        catch (StepFailedException ex) when (ex.Step is not null)
        {
            // A step that failed for a reason that may pass (a provider lookup): the event stays recorded, and the
            // step's retry policy says when its instance tries again.
            StepFailures.Record(db, queue, instance, ex, now);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not DbUpdateException)
        {
            // Not a step's failure (a digest's collector not visible yet): its own job runs it again.
            instance.Status = WorkflowInstanceStatus.Running;
            instance.LastError = ex.Message;
            queue.Enqueue(WorkflowRunner.RunJobKind, instance.Id.ToString());
        }
    }

    /// <summary>A retried event picks up the instance it started where it faulted (after the definition was fixed).</summary>
    private static async Task<WorkflowInstance?> RetryFaultedAsync(WorkflowDefinition workflow, CanonicalEvent e, HubDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var instance = await db.WorkflowInstances.FirstOrDefaultAsync(i => i.WorkflowId == workflow.Id && i.EventId == e.Id, cancellationToken);
        if (instance is not { Status: WorkflowInstanceStatus.Faulted })
        {
            return null;
        }
        InstanceRetry.Prepare(db, instance, workflow, now);
        return instance;
    }
}
