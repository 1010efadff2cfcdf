using Hub.Scripting;

namespace Hub.Workflows;

/// <summary>Runs the case whose name equals the value (as text), or <c>default</c>; then goes on after the step.</summary>
public sealed class SwitchStep : WorkflowStep
{
    public const string KindName = "switch";
    public const string DefaultBranch = "default";

    public override string Kind => KindName;

    public required HubExpression Value { get; init; }

    /// <summary>Case name → steps; the branch names are <c>case:&lt;name&gt;</c>.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<WorkflowStep>> Cases { get; init; }

    public IReadOnlyList<WorkflowStep> Default { get; init; } = [];

    public override IEnumerable<StepExpression> Expressions => [new($"{Path}.switch", Value)];

    public static string CaseBranch(string name) => "case:" + name;

    public override IReadOnlyDictionary<string, IReadOnlyList<WorkflowStep>> Branches
    {
        get
        {
            var branches = Cases.ToDictionary(c => CaseBranch(c.Key), c => c.Value, StringComparer.Ordinal);
            branches[DefaultBranch] = Default;
            return branches;
        }
    }
}
