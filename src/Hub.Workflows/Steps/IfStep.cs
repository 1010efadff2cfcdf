using Hub.Scripting;

namespace Hub.Workflows;

/// <summary>Runs <c>then</c> when the condition is true, else <c>else</c>; then goes on after the step.</summary>
public sealed class IfStep : WorkflowStep
{
    public const string KindName = "if";
    public const string ThenBranch = "then";
    public const string ElseBranch = "else";

    public override string Kind => KindName;

    public required HubExpression Condition { get; init; }

    public IReadOnlyList<WorkflowStep> Then { get; init; } = [];

    public override IEnumerable<StepExpression> Expressions => [new($"{Path}.if", Condition)];

    public IReadOnlyList<WorkflowStep> Else { get; init; } = [];

    public override IReadOnlyDictionary<string, IReadOnlyList<WorkflowStep>> Branches =>
        new Dictionary<string, IReadOnlyList<WorkflowStep>>(StringComparer.Ordinal) { [ThenBranch] = Then, [ElseBranch] = Else };
}
