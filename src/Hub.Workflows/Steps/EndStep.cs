namespace Hub.Workflows;

/// <summary>Ends the instance here, with an optional reason that the instance keeps (<c>end: no-answer</c>).</summary>
public sealed class EndStep : WorkflowStep
{
    public const string KindName = "end";

    public override string Kind => KindName;

    public string? Reason { get; init; }
}
