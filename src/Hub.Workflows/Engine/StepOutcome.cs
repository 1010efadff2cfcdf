namespace Hub.Workflows.Engine;

/// <summary>What a step decided: go on with the next step, or stop here (the instance is done, or failed).</summary>
public sealed record StepOutcome(StepOutcomeKind Kind, string? Note = null)
{
    public static StepOutcome Next { get; } = new(StepOutcomeKind.Next);

    /// <summary>Go on, with a remark for the instance (e.g. why a send sent nothing).</summary>
    public static StepOutcome NextWithNote(string note) => new(StepOutcomeKind.Next, note);

    public static StepOutcome Done { get; } = new(StepOutcomeKind.Done);

    public static StepOutcome Fail(string error) => new(StepOutcomeKind.Fail, error);
}
