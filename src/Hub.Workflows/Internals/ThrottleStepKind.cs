using Hub.Specs;

namespace Hub.Workflows.Internals;

/// <summary>Reads <c>throttle: { key, limit, per }</c>.</summary>
internal sealed class ThrottleStepKind : IStepKind
{
    private static readonly string[] Keys = ["key", "limit", "per"];
    private const int MostPerWindow = 1_000_000;

    public string Name => ThrottleStep.KindName;

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
        var limit = body.WholeNumber("limit");
        if (!body.Has("limit"))
        {
            source.Spec.Error(body.Line, body.FieldOf("limit"), "'throttle' needs 'limit': how many may pass per key in each window, such as limit: 1.");
        }
        else if (limit is < 1 or > MostPerWindow)
        {
            source.Spec.Error(body.Written("limit"), body.FieldOf("limit"), $"'limit' is {limit}; let at least 1 and at most 1,000,000 pass per window.");
        }
        var per = DurationText.Read(body, "per", TimeSpan.FromSeconds(1), TimeSpan.FromDays(366), required: true);
        return source.Spec.Errors.Count != errors || key is null || limit is null || per is null
            ? null
            : new ThrottleStep { Id = source.Id, Line = source.Line, Path = source.Path, Key = key, Limit = (int)limit.Value, Per = per.Value };
    }
}
