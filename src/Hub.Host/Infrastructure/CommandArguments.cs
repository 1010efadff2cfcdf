namespace Hub.Host.Infrastructure;

/// <summary>
/// A database command's arguments: its own options (<c>--out dir</c>, <c>--out=dir</c>, flags such as <c>--draft</c>)
/// and configuration overrides in the server's own command-line form (<c>--Hub:Database:Provider postgres</c>,
/// <c>--ConnectionStrings:Hub=...</c>), told apart by the colon, which no option of a command has.
/// </summary>
internal sealed class CommandArguments
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    /// <summary>The configuration overrides, as the configuration's command-line source reads them.</summary>
    public List<string> Configuration { get; } = [];

    /// <summary>Why the arguments cannot be used (an unknown option, a missing value); null when they can.</summary>
    public string? Error { get; private set; }

    public bool WantsHelp => _flags.Contains("--help");

    public string? Value(string option) => _values.GetValueOrDefault(option);

    public bool Flag(string option) => _flags.Contains(option);

    /// <param name="valued">Options that take a value.</param>
    /// <param name="flags">Options that stand alone; <c>--help</c> and <c>-h</c> always do.</param>
    public static CommandArguments Parse(IReadOnlyList<string> args, IReadOnlyCollection<string> valued, IReadOnlyCollection<string> flags)
    {
        var parsed = new CommandArguments();
        for (var i = 0; i < args.Count && parsed.Error is null; i++)
        {
            var (name, inlineValue) = args[i].IndexOf('=', StringComparison.Ordinal) is > 0 and var eq
                ? (args[i][..eq], args[i][(eq + 1)..])
                : (args[i], (string?)null);
            if (name is "--help" or "-h")
            {
                parsed._flags.Add("--help");
            }
            else if (name.StartsWith("--", StringComparison.Ordinal) && name.Contains(':', StringComparison.Ordinal))
            {
                parsed.Configuration.Add(args[i]);
                if (inlineValue is null && i + 1 < args.Count)
                {
                    parsed.Configuration.Add(args[++i]);
                }
            }
            else if (flags.Contains(name) && inlineValue is null)
            {
                parsed._flags.Add(name);
            }
            else if (valued.Contains(name))
            {
                var value = inlineValue ?? (i + 1 < args.Count ? args[++i] : null);
                if (string.IsNullOrEmpty(value))
                {
                    parsed.Error = $"Option '{name}' needs a value.";
                }
                else
                {
                    parsed._values[name] = value;
                }
            }
            else
            {
                parsed.Error = $"Unknown argument '{args[i]}'.";
            }
        }
        return parsed;
    }
}
