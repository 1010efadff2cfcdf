using YamlDotNet.RepresentationModel;
using Hub.Specs;

namespace Hub.Workflows.Internals;

/// <summary>What a step kind reads from: the whole step mapping, the value under its key, the step's id and place.</summary>
internal sealed record StepSource(YamlMap Step, YamlNode Body, string Id, int Line, string Path, StepListReader Lists)
{
    public SpecContext Spec => Step.Spec;

    /// <summary>The field path of the value under the kind's key, e.g. <c>steps[0].send</c>.</summary>
    public string BodyField(string kind) => Step.FieldOf(kind);

    /// <summary>The body as a mapping, or null after reporting that it is not one.</summary>
    public YamlMap? BodyMap(string kind) => YamlMap.From(Spec, Body, BodyField(kind), Step.LineOf(kind));
}
