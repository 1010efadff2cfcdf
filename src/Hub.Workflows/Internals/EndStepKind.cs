using YamlDotNet.RepresentationModel;
using Hub.Specs;

namespace Hub.Workflows.Internals;

/// <summary>Reads <c>end:</c> or <c>end: &lt;reason&gt;</c>.</summary>
internal sealed class EndStepKind : IStepKind
{
    public string Name => EndStep.KindName;

    public IReadOnlyCollection<string> SiblingKeys { get; } = [];

    public WorkflowStep? Read(StepSource source)
    {
        if (source.Body is not YamlScalarNode scalar)
        {
            source.Spec.Error(source.Body, source.BodyField(Name), "'end' takes nothing or a short reason, such as end: no-answer.");
            return null;
        }
        var reason = YamlMap.IsNull(scalar) ? null : scalar.Value?.Trim();
        if (reason is { Length: > 200 })
        {
            source.Spec.Error(scalar, source.BodyField(Name), "Keep the reason under 200 characters.");
            return null;
        }
        return new EndStep { Id = source.Id, Line = source.Line, Path = source.Path, Reason = reason };
    }
}
