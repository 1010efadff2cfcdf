using System.Diagnostics;
using System.Globalization;

namespace Hub.Load.Measurement;

/// <summary>
/// CPU time (user + system) used so far by Hub's process and by this load tool. Linux counts in clock ticks (10 ms),
/// so only differences over a phase of seconds are meaningful. (The machine-wide busy time of <c>/proc/stat</c> is not
/// used: in a virtual machine it can read lower than one process's own time.)
/// </summary>
internal sealed record CpuSnapshot(TimeSpan Hub, TimeSpan Tool)
{
    private const double TicksPerSecond = 100; // USER_HZ, the unit of /proc/*/stat on every Linux since 2.6

    public static CpuSnapshot Take(int hubProcessId)
    {
        using var self = Process.GetCurrentProcess();
        return new CpuSnapshot(ProcessTime(hubProcessId), self.TotalProcessorTime);
    }

    private static TimeSpan ProcessTime(int processId)
    {
        try
        {
            // The command name (field 2) is in parentheses and may hold spaces: count fields after its closing one.
            var stat = File.ReadAllText($"/proc/{processId}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            // Fields 14 and 15 of proc(5) (utime, stime) are the 12th and 13th after the command name.
            return Ticks(long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture));
        }
        catch (IOException)
        {
            return TimeSpan.Zero; // the process has exited
        }
    }

    private static TimeSpan Ticks(long ticks) => TimeSpan.FromSeconds(ticks / TicksPerSecond);
}
