using System.Globalization;

namespace Hub.TimerBench;

/// <param name="Scales">How many waiting instances with far-future timers each database holds.</param>
/// <param name="Claims">Timed claims per scale (after <see cref="WarmupClaims"/> untimed ones).</param>
/// <param name="BatchSize">Due timers per claim: the default lane's batch size.</param>
/// <param name="Burst">Timers falling due at the same instant while Hub runs.</param>
/// <param name="BurstRounds">Bursts per scale, the scales taking turns in ABBA order so that drifting noise falls on each alike.</param>
/// <param name="Bookings">Signed Calendly bookings for the appointment flow, each reminded a few seconds later.</param>
internal sealed record TimerBenchOptions(IReadOnlyList<int> Scales, int Claims, int BatchSize, int Burst, int BurstRounds, int Bookings, string? Out)
{
    /// <summary>Claims run first and not counted: the JIT and the database's caches warm up on them.</summary>
    public const int WarmupClaims = 20;

    /// <summary>Due timers the claim measurement consumes.</summary>
    public int ClaimTimers => (Claims + WarmupClaims) * BatchSize;

    public static TimerBenchOptions Parse(string[] args)
    {
        var scales = new List<int> { 10_000, 1_000_000 };
        int claims = 200, batch = 32, burst = 10_000, rounds = 2, bookings = 5;
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
                case "--burst":
                    burst = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--rounds":
                    rounds = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--bookings":
                    bookings = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--out":
                    output = args[++i];
                    break;
                default:
                    throw new ArgumentException($"Unknown option {args[i]}; use --scales, --claims, --batch, --burst, --rounds, --bookings, --out.");
            }
        }
        return new TimerBenchOptions(scales, claims, batch, burst, rounds, bookings, output);
    }
}
