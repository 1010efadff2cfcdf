using System.Globalization;
using Hub.QueueBench;

// Claim of due jobs with 10 thousand and 1 million pending future jobs, on PostgreSQL (durable) and SQLite.
// dotnet run -c Release --project bench/Hub.QueueBench -- [--scales 10000,1000000] [--claims 200] [--out file.md]
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var options = QueueBenchOptions.Parse(args);
var report = await ClaimScaleRun.RunAsync(options);
Console.WriteLine(report);
if (options.Out is { } path)
{
    await File.WriteAllTextAsync(path, report);
    Console.WriteLine($"Report written to {path}");
}
