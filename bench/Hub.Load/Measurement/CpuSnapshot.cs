using System.Diagnostics;
using System.Globalization;

namespace Hub.Load.Measurement;

/// <summary>
/// CPU time used so far by Hub's process, by this load tool, and by the whole machine (busy time of every core, from
/// <c>/proc/stat</c>), so that a phase's cost per webhook can be split into Hub, the tool, and the rest (the database).
/// Linux counts in clock ticks (10 ms), so only differences over a phase of seconds are meaningful.
/// </summary>
internal sealed record CpuSnapshot(TimeSpan Hub, TimeSpan Tool, TimeSpan Machine)
{
    private const double TicksPerSecond = 100; // USER_HZ, the unit of /proc/*/stat on every Linux since 2.6

    public static CpuSnapshot Take(int hubProcessId)
    {
        using var self = Process.GetCurrentProcess();
        return new CpuSnapshot(ProcessTime(hubProcessId), self.TotalProcessorTime, MachineBusy());
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

    private static TimeSpan MachineBusy()
    {
        // "cpu  user nice system idle iowait irq softirq steal …": busy is everything but idle and iowait.
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..]
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        var busy = fields.Take(8).Sum() - fields[3] - fields[4];
        return Ticks(busy);
    }

    private static TimeSpan Ticks(long ticks) => TimeSpan.FromSeconds(ticks / TicksPerSecond);
}
