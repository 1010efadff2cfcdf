using System.Globalization;

namespace Hub.QueueBench;

internal sealed record QueueBenchOptions(IReadOnlyList<int> Scales, int Claims, int BatchSize, int DueJobs, string? Out)
{
    /// <summary>Claims run first and not counted: the JIT and the database's caches warm up on them.</summary>
    public const int WarmupClaims = 20;

    public static QueueBenchOptions Parse(string[] args)
    {
        var scales = new List<int> { 10_000, 1_000_000 };
        int claims = 200, batch = 32;
        string? output = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--scales":
                    scales = [.. args[++i].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))];
                    break;
                case "--claims":
                    claims = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--batch":
                    batch = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--out":
                    output = args[++i];
                    break;
                default:
                    throw new ArgumentException($"Unknown option {args[i]}; use --scales, --claims, --batch, --out.");
            }
        }
        return new QueueBenchOptions(scales, claims, batch, (claims + WarmupClaims) * batch, output);
    }
}
