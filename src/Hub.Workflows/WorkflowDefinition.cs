using Hub.Scripting;
using Hub.Workflows.Engine;

namespace Hub.Workflows;

/// <summary>One version of a workflow: what starts it, how its instances are keyed, and what it does.</summary>
public sealed record WorkflowDefinition
{
    /// <summary>The key when a file gives no <c>correlate</c>: the event's subject (an order, an appointment).</summary>
    public static HubExpression DefaultCorrelate { get; } = HubExpression.Parse("event.subject");

    private WorkflowProgram? _program;

    public required string Id { get; init; }

    /// <summary>For people; the id when the file gives no name.</summary>
    public required string Name { get; init; }

    public string? Description { get; init; }

    /// <summary>
    /// The first 12 hex digits of the SHA-256 of the file (line endings normalised), so that the same text gives
    /// the same version on every machine and any edit gives a new one.
    /// </summary>
    public required string Version { get; init; }

    /// <summary>The version's number (1, 2, 3 per workflow) once stored; 0 for a definition not stored yet.</summary>
    public int Number { get; init; }

    public required WorkflowTrigger Trigger { get; init; }

    /// <summary>The key of an instance, from the event that starts it; events for the same key find it again.</summary>
    public HubExpression Correlate { get; init; } = DefaultCorrelate;

    /// <summary>The line of <c>correlate:</c> (0 when the default), for errors found later.</summary>
    public int CorrelateLine { get; init; }

    /// <summary>Events that stop a running instance with the same key.</summary>
    public IReadOnlyList<EventRule> CancelOn { get; init; } = [];

    /// <summary>Events that stop a running instance with the same key and start a new one from the event.</summary>
    public IReadOnlyList<EventRule> RestartOn { get; init; } = [];

    public WorkflowConcurrency Concurrency { get; init; } = WorkflowConcurrency.Parallel;

    public required IReadOnlyList<WorkflowStep> Steps { get; init; }

    /// <summary>The file the definition came from; null when it was built in code or through the API.</summary>
    public string? File { get; init; }

    /// <summary>The text it was read from, stored with each version so old instances can still be run.</summary>
    public string? Source { get; init; }

    /// <summary>The steps laid out for running, built once.</summary>
    public WorkflowProgram Program => _program ??= WorkflowProgram.Build(Steps);

    /// <summary>
    /// Whether <paramref name="e"/> starts this workflow: its type is the trigger's and the condition, if any, is true.
    /// Throws <see cref="ScriptException"/> when the condition cannot be evaluated for this event.
    /// </summary>
    public bool IsTriggeredBy(Hub.Core.Events.CanonicalEvent e, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e.Type == Trigger.EventType
            && (Trigger.When is not { } when || when.IsTrue(WorkflowScope.Create(e, this, now)));
    }

    /// <summary>Every event type this version reacts to while an instance runs (cancel, restart).</summary>
    public IEnumerable<string> KeyedEventTypes => CancelOn.Concat(RestartOn).Select(r => r.EventType);
}
