namespace Hub.Workflows.Internals;

/// <summary>The step kinds this version understands, and those the language has planned but not built yet.</summary>
internal static class StepKinds
{
    private static readonly Dictionary<string, IStepKind> Implemented =
        new IStepKind[] { new SendStepKind() }.ToDictionary(kind => kind.Name, StringComparer.Ordinal);

    /// <summary>Named in WORKFLOWS.md; a file using one gets "not supported yet" rather than "unknown".</summary>
    public static IReadOnlyCollection<string> Planned { get; } =
        new HashSet<string>(["delay", "wait_for", "if", "switch", "set", "http", "digest", "throttle", "trigger", "end"], StringComparer.Ordinal);

    public static IReadOnlyCollection<string> Names => Implemented.Keys;

    public static IStepKind? Find(string name) => Implemented.GetValueOrDefault(name);
}
