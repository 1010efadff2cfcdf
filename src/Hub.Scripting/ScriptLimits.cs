namespace Hub.Scripting;

/// <summary>Bounds on what one expression or template may do, so that an analyst's mistake cannot hang a worker.</summary>
public sealed record ScriptLimits
{
    public int LoopLimit { get; init; } = 1_000;
    public int RecursiveLimit { get; init; } = 64;
    public int OutputLimit { get; init; } = 64 * 1024;
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(2);

    public static ScriptLimits Default { get; } = new();
}
