using System.Globalization;

namespace Hub.TimerBench;

/// <summary>
/// CPU time (user + system) a process has used so far, from <c>/proc/&lt;pid&gt;/stat</c> in 10 ms ticks: on a machine
/// that other work shares, a process's own CPU per timer moves far less than the wall-clock rate does.
/// </summary>
internal static class ProcessCpu
{
    private const double TicksPerSecond = 100; // USER_HZ, the unit of /proc/*/stat

    public static TimeSpan Of(int processId)
    {
        try
        {
            // The command name (field 2) is in parentheses and may hold spaces: count fields after its closing one.
            var stat = File.ReadAllText($"/proc/{processId}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            // Fields 14 and 15 of proc(5) (utime, stime) are the 12th and 13th after the command name.
            return TimeSpan.FromSeconds((long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond);
        }
        catch (IOException)
        {
            return TimeSpan.Zero; // the process has exited
        }
    }
}
