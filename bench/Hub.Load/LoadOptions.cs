using System.Globalization;

namespace Hub.Load;

/// <summary>Command-line options. Every phase is bounded by these durations; nothing runs open-ended.</summary>
internal sealed record LoadOptions
{
    public string Out { get; init; } = "docs/performance.md";

    /// <summary>HTTP connections of each sender, database connections of Hub and of the baselines, callers in flight in closed loops.</summary>
    public int Connections { get; init; } = 16;

    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The measured part of each load phase, after its warm-up.</summary>
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(20);

    public TimeSpan Idle { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Wait before reading PostgreSQL statistics, which backends publish up to 10 s late.</summary>
    public TimeSpan Settle { get; init; } = TimeSpan.FromSeconds(11);

    /// <summary>How long the sink may stay quiet before the rest of a phase's messages are declared not delivered (yet).</summary>
    public TimeSpan DrainQuiet { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Optional soak at half the end-to-end maximum, sampling Hub's RSS; zero skips it.</summary>
    public TimeSpan Long { get; init; } = TimeSpan.Zero;

    public bool Sqlite { get; init; } = true;

    /// <summary>
    /// <c>--only intake</c>: the INSERT baselines and Hub's intake phases alone (no HTTP baselines, no end to end), for a
    /// quick check of intake; null runs everything.
    /// </summary>
    public string? Only { get; init; }

    public bool IntakeOnly => Only == "intake";

    /// <summary><c>--hub-env NAME=VALUE</c> (repeatable): extra environment of every Hub process, to compare settings; the report names them.</summary>
    public IReadOnlyDictionary<string, string> HubEnvironment { get; init; } = new Dictionary<string, string>();

    public static LoadOptions Parse(string[] args)
    {
        var options = new LoadOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--out" => options with { Out = Value() },
                "--connections" => options with { Connections = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--warmup" => options with { Warmup = ParseDuration(Value()) },
                "--duration" => options with { Duration = ParseDuration(Value()) },
                "--idle" => options with { Idle = ParseDuration(Value()) },
                "--settle" => options with { Settle = ParseDuration(Value()) },
                "--drain-quiet" => options with { DrainQuiet = ParseDuration(Value()) },
                "--long" => options with { Long = ParseDuration(Value()) },
                "--no-sqlite" => options with { Sqlite = false },
                "--hub-env" => options with { HubEnvironment = WithVariable(options.HubEnvironment, Value()) },
                "--only" => options with { Only = Value() is "intake" ? "intake" : throw new ArgumentException("--only takes: intake.") },
                "--quick" => options with { Warmup = TimeSpan.FromSeconds(2), Duration = TimeSpan.FromSeconds(5) },
                "--help" or "-h" => throw new ArgumentException(Usage),
                _ => throw new ArgumentException($"Unknown option {args[i]}.\n{Usage}"),
            };
        }
        return options;
    }

    public const string Usage =
        "dotnet run -c Release --project bench/Hub.Load -- [--out docs/performance.md] [--quick] [--connections 16] " +
        "[--warmup 5s] [--duration 20s] [--idle 30s] [--settle 11s] [--drain-quiet 15s] [--long 10m] [--no-sqlite] [--only intake] [--hub-env NAME=VALUE]";

    private static Dictionary<string, string> WithVariable(IReadOnlyDictionary<string, string> variables, string assignment)
    {
        var at = assignment.IndexOf('=', StringComparison.Ordinal);
        if (at <= 0)
        {
            throw new ArgumentException($"--hub-env takes NAME=VALUE, not '{assignment}'.");
        }
        return new Dictionary<string, string>(variables) { [assignment[..at]] = assignment[(at + 1)..] };
    }

    /// <summary>"500ms", "30s", "10m", "1h", or a TimeSpan ("00:10:00").</summary>
    public static TimeSpan ParseDuration(string text)
    {
        static double Number(string s) => double.Parse(s, CultureInfo.InvariantCulture);
        return text switch
        {
            _ when text.EndsWith("ms", StringComparison.Ordinal) => TimeSpan.FromMilliseconds(Number(text[..^2])),
            _ when text.EndsWith('s') => TimeSpan.FromSeconds(Number(text[..^1])),
            _ when text.EndsWith('m') => TimeSpan.FromMinutes(Number(text[..^1])),
            _ when text.EndsWith('h') => TimeSpan.FromHours(Number(text[..^1])),
            _ => TimeSpan.Parse(text, CultureInfo.InvariantCulture),
        };
    }
}
