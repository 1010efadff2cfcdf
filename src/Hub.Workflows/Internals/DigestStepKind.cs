using Hub.Specs;

namespace Hub.Workflows.Internals;

/// <summary>Reads <c>digest: { key, window }</c>.</summary>
internal sealed class DigestStepKind : IStepKind
{
    private static readonly string[] Keys = ["key", "window"];

    /// <summary>A digest holds its first instance waiting; a month is as long as "collect, then tell once" makes sense.</summary>
    internal static readonly TimeSpan LongestWindow = TimeSpan.FromDays(31);

    public string Name => DigestStep.KindName;

    public IReadOnlyCollection<string> SiblingKeys { get; } = [];

    public WorkflowStep? Read(StepSource source)
    {
        var body = source.BodyMap(Name);
        if (body is null)
        {
            return null;
        }
        body.RejectUnknown(Keys);
        var errors = source.Spec.Errors.Count;
        var key = body.Expression("key", required: true);
        var window = DurationText.Read(body, "window", TimeSpan.FromSeconds(1), LongestWindow, required: true);
        return source.Spec.Errors.Count != errors || key is null || window is null
            ? null
            : new DigestStep { Id = source.Id, Line = source.Line, Path = source.Path, Key = key, Window = window.Value };
    }
}
