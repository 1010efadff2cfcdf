using System.Globalization;
using System.Text.Json.Nodes;
using Hub.Scripting;
using Hub.Workflows.Engine.Internals;
using Microsoft.EntityFrameworkCore;

namespace Hub.Workflows.Engine.Steps;

/// <summary>
/// <c>digest</c>, without a table of its own. The first instance to reach the step for a key becomes the collector:
/// it waits (a timer at now + window) with the bookmark <c>digest:&lt;step&gt;:&lt;hash of workflow, step, key&gt;</c>
/// in <see cref="WorkflowInstance.WaitEventType"/> — its <see cref="WorkflowInstance.CorrelationKey"/> stays its own, so
/// cancel_on and concurrency still find it — and <c>steps.&lt;id&gt;.events</c> holds its trigger event. A later
/// instance reaching the step while a collector waits appends its trigger event to the collector's state and ends
/// ("digested into &lt;id&gt;"). When the timer fires the collector goes on with the list.
/// </summary>
/// <remarks>
/// What holds under concurrency:
/// <list type="bullet">
/// <item>An event is never lost or counted twice: the append and the appending instance's end commit together, and
/// the append moves the collector's <see cref="WorkflowInstance.Revision"/>. Two appends in parallel transactions, or
/// an append racing the collector's timer, make the slower commit fail with a concurrency error; its job is retried
/// and then finds the collector with the other append, or no longer waiting (and becomes the next collector).</item>
/// <item>The step runs alone (<see cref="RunsAlone"/>): never inline in an event's transaction, so such a retry is a
/// job's retry, not a failed webhook commit.</item>
/// <item>Two instances that are the first for a key at the same moment, in parallel transactions, would both become
/// collectors. On PostgreSQL an advisory lock on the key (<see cref="KeyLock"/>) serializes them across processes.
/// Within one process <see cref="PendingDigests"/> makes the second retry its job until the first is stored (SQLite
/// reads outside its write transaction, so the lock cannot help there). Jobs of one batch share one context and see
/// each other's collector. What remains: two processes on one SQLite file (not a supported layout) could still split
/// a key's events over two digests in one window — each event still delivered once.</item>
/// <item>A collector cancelled by cancel_on takes the events appended to it along: the instances it digested have
/// ended already.</item>
/// </list>
/// </remarks>
internal sealed class DigestActivity(PendingDigests pending) : StepActivity<DigestStep>
{
    public override bool RunsAlone => true;

    protected override async Task<StepOutcome> ExecuteAsync(DigestStep step, StepContext context, CancellationToken cancellationToken)
    {
        var key = HubFunctions.Text(context.Evaluate(step.Key, cancellationToken));
        var own = EventJson(context);
        if (string.IsNullOrEmpty(key))
        {
            return StepOutcome.NextWithNote($"the key ({step.Key.Text}) gave nothing; went on with this event alone")
                with { Output = new JsonObject { ["key"] = null, ["events"] = new JsonArray(own) } };
        }
        var token = Bookmark(context.Workflow.Id, step.Id, key);
        await KeyLock.TryHoldAsync(context.Db, token, cancellationToken);
        var collector = await FindCollectorAsync(context, token, cancellationToken);
        if (collector is not null)
        {
            Append(collector, step.Id, own, context.Now);
            Journal.Add(context.Db, collector, step.Id, step.Kind, "collected", $"{context.Event.Type} {context.Event.Id} from instance {context.Instance.Id}", null, context.Now);
            return StepOutcome.End($"digested into {collector.Id}") with { Output = new JsonObject { ["digestedInto"] = collector.Id.ToString() } };
        }
        if (pending.ChooseOrGetOther(token, context.Instance.Id) is { } chosen)
        {
            throw new DigestPendingException($"Step '{step.Id}': instance {chosen} is becoming the collector for this key; trying again once it is stored.");
        }
        var until = context.Now + step.Window;
        var output = new JsonObject
        {
            ["key"] = key,
            ["until"] = until.ToString("O", CultureInfo.InvariantCulture),
            ["events"] = new JsonArray(own),
        };
        return StepOutcome.WaitFor(token, until) with { Output = output, Note = $"collecting for key {key} until {output["until"]}" };
    }

    /// <summary>Event types are dotted words without a colon, so no event can ever resume this bookmark.</summary>
    internal static string Bookmark(string workflowId, string stepId, string key) =>
        $"digest:{(stepId.Length > 100 ? stepId[..100] : stepId)}:{KeyLock.Token(workflowId, stepId, key)}";

    /// <summary>The oldest instance waiting in this digest for the key, stored or added by this transaction, and still open.</summary>
    private static async Task<WorkflowInstance?> FindCollectorAsync(StepContext context, string token, CancellationToken cancellationToken)
    {
        var workflowId = context.Workflow.Id;
        var self = context.Instance.Id;
        await context.Db.WorkflowInstances
            .Where(i => i.Status == WorkflowInstanceStatus.Waiting && i.WaitEventType == token && i.WorkflowId == workflowId)
            .LoadAsync(cancellationToken);
        return context.Db.WorkflowInstances.Local
            .Where(i => i.Id != self && i.Status == WorkflowInstanceStatus.Waiting && i.WaitEventType == token && i.WorkflowId == workflowId
                && i.WakeAt > context.Now)
            .OrderBy(i => i.CreatedAt).ThenBy(i => i.Id)
            .FirstOrDefault();
    }

    private static void Append(WorkflowInstance collector, string stepId, JsonObject own, DateTimeOffset now)
    {
        var state = InstanceState.Parse(collector.StateJson);
        if (state.Steps[stepId] is not JsonObject output)
        {
            output = new JsonObject();
            state.Steps[stepId] = output;
        }
        if (output["events"] is not JsonArray events)
        {
            events = [];
            output["events"] = events;
        }
        // In the order the events happened, whichever instance happened to become the collector.
        var at = events.Count;
        while (at > 0 && Time(events[at - 1]) > Time(own))
        {
            at--;
        }
        events.Insert(at, own);
        collector.StateJson = state.ToJson();
        collector.Touch(now);
    }

    private static DateTimeOffset Time(JsonNode? e) =>
        DateTimeOffset.TryParse((string?)e?["time"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : DateTimeOffset.MinValue;

    private static JsonObject EventJson(StepContext context) => new()
    {
        ["id"] = context.Event.Id,
        ["type"] = context.Event.Type,
        ["subject"] = context.Event.Subject,
        ["time"] = context.Event.Time.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
        ["data"] = context.Event.Data.DeepClone(),
    };
}
