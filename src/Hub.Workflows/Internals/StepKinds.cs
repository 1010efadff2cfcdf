namespace Hub.Workflows.Internals;

/// <summary>The step kinds this version understands: one line per kind.</summary>
internal static class StepKinds
{
    private static readonly IStepKind[] All =
    [
        new SendStepKind(),
        new DelayStepKind(),
        new WaitForStepKind(),
        new IfStepKind(),
        new SwitchStepKind(),
        new SetStepKind(),
        new EndStepKind(),
        new TriggerStepKind(),
        new HttpStepKind(),
        new DigestStepKind(),
        new ThrottleStepKind(),
    ];

    private static readonly Dictionary<string, IStepKind> ByName = All.ToDictionary(kind => kind.Name, StringComparer.Ordinal);

    private static readonly HashSet<string> SiblingKeys = [.. All.SelectMany(kind => kind.SiblingKeys)];

    public static IReadOnlyCollection<string> Names => ByName.Keys;

    public static IStepKind? Find(string name) => ByName.GetValueOrDefault(name);

    /// <summary>A key that belongs beside some kind (<c>then</c>), so that "unknown kind" is not said of it.</summary>
    public static bool IsSiblingKey(string key) => SiblingKeys.Contains(key);
}
