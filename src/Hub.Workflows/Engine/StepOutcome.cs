using System.Text.Json.Nodes;

namespace Hub.Workflows.Engine;

/// <summary>
/// What a step decided, and what it produced: <see cref="Output"/> becomes <c>steps.&lt;id&gt;</c> for later steps;
/// <see cref="Note"/> goes into the journal. A step that should be retried throws instead (the step's retry policy applies).
/// </summary>
public sealed record StepOutcome(StepOutcomeKind Kind)
{
    public static StepOutcome Next { get; } = new(StepOutcomeKind.Next);

    public string? Branch { get; init; }
    public DateTimeOffset? WakeAt { get; init; }
    public string? WaitEventType { get; init; }
    public string? Note { get; init; }
    public JsonNode? Output { get; init; }

    public static StepOutcome NextWithNote(string note) => new(StepOutcomeKind.Next) { Note = note };

    public static StepOutcome Take(string branch, string? note = null) => new(StepOutcomeKind.Branch) { Branch = branch, Note = note };

    public static StepOutcome SkipNext(string note) => new(StepOutcomeKind.SkipNext) { Note = note };

    public static StepOutcome SleepUntil(DateTimeOffset wakeAt, string? note = null) => new(StepOutcomeKind.Sleep) { WakeAt = wakeAt, Note = note };

    /// <summary>Waits for an event; <paramref name="timeoutAt"/> null waits for as long as it takes.</summary>
    public static StepOutcome WaitFor(string eventType, DateTimeOffset? timeoutAt) => new(StepOutcomeKind.Wait) { WaitEventType = eventType, WakeAt = timeoutAt };

    public static StepOutcome End(string? reason = null) => new(StepOutcomeKind.End) { Note = reason };

    public static StepOutcome Fail(string error) => new(StepOutcomeKind.Fail) { Note = error };
}
