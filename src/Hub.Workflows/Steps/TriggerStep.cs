namespace Hub.Workflows;

/// <summary>Starts another workflow with this instance's trigger event, as if the event had triggered it.</summary>
public sealed class TriggerStep : WorkflowStep
{
    public const string KindName = "trigger";

    public override string Kind => KindName;

    public required string Workflow { get; init; }
}
