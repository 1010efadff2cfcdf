using System.Diagnostics;
using System.Globalization;

namespace Hub.Load.HubPhases;

/// <summary>Reads VmRSS of a process from /proc once a second, labelled with the phase that was running.</summary>
internal sealed class RssSampler : IAsyncDisposable
{
    private readonly int processId;
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;
    private readonly Stopwatch clock = Stopwatch.StartNew();

    public RssSampler(int processId, string hubLabel)
    {
        this.processId = processId;
        HubLabel = hubLabel;
        loop = Task.Run(SampleAsync);
    }

    public string HubLabel { get; }

    public string Phase { get; set; } = "start-up";

    public List<RssSample> Samples { get; } = [];

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try
        {
            await loop;
        }
        catch (OperationCanceledException)
        {
        }
        stop.Dispose();
    }

    private async Task SampleAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        do
        {
            if (Read() is { } kilobytes)
            {
                lock (Samples)
                {
                    Samples.Add(new RssSample(HubLabel, Phase, clock.Elapsed, kilobytes / 1024.0));
                }
            }
        }
        while (await timer.WaitForNextTickAsync(stop.Token));
    }

    private long? Read()
    {
        try
        {
            var line = File.ReadLines($"/proc/{processId}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line is null ? null : long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return null; // the process has exited
        }
    }
}
