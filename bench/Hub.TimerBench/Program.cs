using System.Globalization;
using Hub.TimerBench;

// The workflow engine's durable timers: the due-timer claim with 10 thousand and 1 million waiting instances, a
// burst of timers falling due at once, and the appointment flow, on a durable throwaway PostgreSQL. See bench/README.md.
//   dotnet run -c Release --project bench/Hub.TimerBench -- [--scales 10000,1000000] [--burst 10000] [--out file.md]
// Figures in the report read the same on every machine.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
TimerBenchOptions options;
try
{
    options = TimerBenchOptions.Parse(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 2;
}
var result = await TimerBenchRun.RunAsync(options);
var report = TimerBenchReport.Render(result, options);
var scales = result.Scales;
Console.WriteLine();
Console.WriteLine(report);
if (options.Out is { } path)
{
    await File.WriteAllTextAsync(path, report);
    Console.WriteLine($"Report written to {path}");
}
// A timer fired twice or never makes the run worthless, whatever its speed.
var wrong = scales.Where(s => s.Bursts.Any(b => b.Fired != b.Timers) || s.Flows.Any(f => f.Reminded != f.Bookings)).ToList();
if (wrong.Count > 0)
{
    Console.Error.WriteLine($"VOID: {string.Join("; ", wrong.Select(s => $"{s.Claim.PendingTimers:N0} waiting: {string.Join(", ", s.Bursts.Select(b => $"{b.Fired} of {b.Timers}"))} burst timers fired, {string.Join(", ", s.Flows.Select(f => $"{f.Reminded} of {f.Bookings}"))} bookings reminded"))}");
    return 1;
}
return 0;
