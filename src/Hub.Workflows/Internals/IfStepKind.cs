using Hub.Scripting;
using YamlDotNet.RepresentationModel;

namespace Hub.Workflows.Internals;

/// <summary>Reads <c>if: &lt;condition&gt;</c> with the sibling lists <c>then</c> and <c>else</c>.</summary>
internal sealed class IfStepKind : IStepKind
{
    public string Name => IfStep.KindName;

    public IReadOnlyCollection<string> SiblingKeys { get; } = [IfStep.ThenBranch, IfStep.ElseBranch];

    public WorkflowStep? Read(StepSource source)
    {
        var errors = source.Spec.Errors.Count;
        var condition = ExpressionOf(source, Name);
        if (!source.Step.Has(IfStep.ThenBranch))
        {
            source.Spec.Error(source.Line, source.Step.Path, "'if' needs 'then': the steps to run when the condition is true.");
        }
        var then = source.Lists.ReadBranch(source.Step, IfStep.ThenBranch, source.Id, "then");
        var otherwise = source.Lists.ReadBranch(source.Step, IfStep.ElseBranch, source.Id, "else");
        return source.Spec.Errors.Count != errors || condition is null || then is null || otherwise is null
            ? null
            : new IfStep { Id = source.Id, Line = source.Line, Path = source.Path, Condition = condition, Then = then, Else = otherwise };
    }

    /// <summary>The step's own value as an expression (<c>if: x &gt; 1</c>, <c>switch: x</c>).</summary>
    internal static HubExpression? ExpressionOf(StepSource source, string key)
    {
        if (source.Body is not YamlScalarNode { Value: { Length: > 0 } })
        {
            source.Spec.Error(source.Body, source.BodyField(key), $"'{key}' takes an expression, such as event.data.order.total > 1000.");
            return null;
        }
        return source.Step.Expression(key, required: true);
    }
}
