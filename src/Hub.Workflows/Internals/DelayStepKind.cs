using Hub.Specs;

namespace Hub.Workflows.Internals;

/// <summary>
/// Reads <c>delay: 30m</c> or <c>delay: { for }</c> or <c>delay: { until, offset, if_past, within }</c>.
/// </summary>
internal sealed class DelayStepKind : IStepKind
{
    private static readonly string[] Keys = ["for", "until", "offset", "if_past", "within"];
    internal static readonly TimeSpan Longest = TimeSpan.FromDays(3650);

    public string Name => DelayStep.KindName;

    public IReadOnlyCollection<string> SiblingKeys { get; } = [];

    public WorkflowStep? Read(StepSource source)
    {
        if (source.Body is YamlDotNet.RepresentationModel.YamlScalarNode)
        {
            // The shorthand `delay: 30m`.
            var duration = DurationText.Read(source.Step, Name, TimeSpan.FromSeconds(1), Longest, required: true);
            return duration is null ? null : new DelayStep { Id = source.Id, Line = source.Line, Path = source.Path, For = duration };
        }
        var body = source.BodyMap(Name);
        if (body is null)
        {
            return null;
        }
        body.RejectUnknown(Keys);
        var errors = source.Spec.Errors.Count;
        var forDuration = DurationText.Read(body, "for", TimeSpan.FromSeconds(1), Longest);
        var until = body.Expression("until");
        var offset = DurationText.Read(body, "offset", -Longest, Longest);
        var ifPast = body.Choice("if_past", ["run", "skip"]);
        var within = AllowedHoursReader.Read(body, "within");
        if (body.Has("for") == body.Has("until"))
        {
            source.Spec.Error(body.Line, body.Path, "Say either 'for' (a duration) or 'until' (a time), not both or neither.");
        }
        else if (body.Has("for") && (body.Has("offset") || body.Has("if_past")))
        {
            source.Spec.Error(body.Line, body.Path, "'offset' and 'if_past' belong to 'until'; with 'for' the duration says it all.");
        }
        if (source.Spec.Errors.Count != errors)
        {
            return null;
        }
        return new DelayStep
        {
            Id = source.Id,
            Line = source.Line,
            Path = source.Path,
            For = forDuration,
            Until = until,
            Offset = offset ?? TimeSpan.Zero,
            IfPast = ifPast == "skip" ? IfPast.Skip : IfPast.Run,
            Within = within,
        };
    }
}
