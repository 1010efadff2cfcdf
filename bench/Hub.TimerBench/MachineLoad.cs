using System.Globalization;

namespace Hub.TimerBench;

/// <summary>The machine's one-minute load average: other work on the same two cores shows in every figure, so the report names it.</summary>
internal static class MachineLoad
{
    public static double Now() =>
        File.Exists("/proc/loadavg") && double.TryParse(File.ReadAllText("/proc/loadavg").Split(' ')[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var load)
            ? load
            : double.NaN;
}
