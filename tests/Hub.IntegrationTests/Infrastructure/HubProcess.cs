using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Reflection;

namespace Hub.IntegrationTests.Infrastructure;

/// <summary>
/// The Hub web host running as a separate OS process, so that tests can kill it abruptly
/// (SIGKILL) or stop it gracefully (SIGTERM) and observe what survives.
/// </summary>
public sealed class HubProcess : IAsyncDisposable
{
    public const string WorkingDirectoryKey = "HUB_WORKDIR";

    /// <summary>
    /// Present in a start's environment: the process runs at a lower CPU priority (<c>nice -n 10</c>). For load tests,
    /// which keep both cores busy: at equal priority the processes other tests start meanwhile got so little CPU
    /// that a start took over a minute.
    /// </summary>
    public const string LowPriorityKey = "HUB_TEST_LOW_PRIORITY";

    private const int MaxOutputLines = 500;
    // Generous: on a 2-core machine running two test classes at once a start has been seen to take over a minute.
    private static readonly TimeSpan ReadinessTimeout = TimeSpan.FromSeconds(150);
    private static readonly TimeSpan SlowStart = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan ReadinessPollInterval = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(30);

    private static readonly Lock StartLogGate = new();

    private readonly Process process;
    private readonly Queue<string> outputLines = new();
    private readonly Lock outputLock = new();
    private long outputLineCount;

    private HubProcess(Process process, Uri baseAddress)
    {
        this.process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public int ProcessId => process.Id;

    public bool HasExited => process.HasExited;

    /// <summary>The last <c>500</c> lines the host wrote to stdout and stderr.</summary>
    public string Output
    {
        get
        {
            lock (outputLock)
            {
                return string.Join('\n', outputLines);
            }
        }
    }

    /// <summary>How many lines the host has written so far: a mark for <see cref="OutputSince"/>.</summary>
    public long OutputLineCount
    {
        get
        {
            lock (outputLock)
            {
                return outputLineCount;
            }
        }
    }

    /// <summary>The lines written since <paramref name="mark"/> (a value of <see cref="OutputLineCount"/>) that are still among the last 500.</summary>
    public string OutputSince(long mark)
    {
        lock (outputLock)
        {
            var first = outputLineCount - outputLines.Count;
            return string.Join('\n', outputLines.Skip((int)Math.Max(0, mark - first)));
        }
    }

    /// <summary>The built host, from the same configuration as the tests (the test project references it, so it is built first).</summary>
    public static string HostDll
    {
        get
        {
            var repoRoot = FindRepoRoot();
            var configuration = typeof(HubProcess).Assembly
                .GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
            var hostDll = Path.Combine(repoRoot, "src", "Hub.Host", "bin", configuration, "net10.0", "Hub.Host.dll");
            return File.Exists(hostDll)
                ? hostDll
                : throw new FileNotFoundException($"Hub host not built; run `dotnet build -c {configuration}` in {repoRoot} first.", hostDll);
        }
    }

    public static async Task<HubProcess> StartAsync(
        IDictionary<string, string> environment,
        int? port = null,
        CancellationToken ct = default)
    {
        var hostDll = HostDll;

        var baseAddress = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port ?? FreePort.Get()}"));
        // The SDK sets DOTNET_HOST_PATH for the processes it launches, so we reuse the same runtime.
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        var lowPriority = environment.ContainsKey(LowPriorityKey);
        var startInfo = new ProcessStartInfo(lowPriority ? "nice" : dotnet)
        {
            ArgumentList = { hostDll, "--urls", baseAddress.GetLeftPart(UriPartial.Authority) },
            // As deployed: the app's own folder (its appsettings.json); definitions are found in the repository above it.
            WorkingDirectory = environment.TryGetValue(WorkingDirectoryKey, out var workDir) ? workDir : Path.GetDirectoryName(hostDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (lowPriority)
        {
            // nice execs the runtime in its place: the process, its id and what killing it does stay the same.
            foreach (var argument in new[] { "-n", "10", dotnet }.Reverse())
            {
                startInfo.ArgumentList.Insert(0, argument);
            }
        }
        startInfo.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        startInfo.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in environment)
        {
            startInfo.Environment[key] = value;
        }

        var process = new Process { StartInfo = startInfo };
        var hub = new HubProcess(process, baseAddress);
        process.OutputDataReceived += (_, e) => hub.Append(e.Data);
        process.ErrorDataReceived += (_, e) => hub.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        try
        {
            await hub.WaitUntilReadyAsync(ct);
            return hub;
        }
        catch
        {
            await hub.DisposeAsync();
            throw;
        }
    }

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress };

    /// <summary>SIGKILL: the host gets no chance to flush or finish in-flight work.</summary>
    public void Kill()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }
        process.WaitForExit();
    }

    /// <summary>SIGTERM, then waits for the host to shut down gracefully.</summary>
    public async Task StopAsync()
    {
        if (process.HasExited)
        {
            return;
        }
        // Process has no API for signals other than SIGKILL.
        var signal = await ProcessRunner.RunAsync(
            "kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)], timeout: StopTimeout);
        if (!signal.Succeeded && !process.HasExited)
        {
            throw new InvalidOperationException($"Could not send SIGTERM to the hub: {signal}");
        }

        using var timeout = new CancellationTokenSource(StopTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            Kill();
            throw new TimeoutException($"Hub did not exit within {StopTimeout} of SIGTERM; killed it.\n{Output}");
        }
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        process.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Appends how long this start took to the file named by <c>HUB_TEST_START_LOG</c> when it is set (CI sets it): the
    /// suite's time is mostly process starts, and a start slow enough to time out needs its output to be understood.
    /// </summary>
    private static void RecordStart(TimeSpan elapsed, string? output)
    {
        if (Environment.GetEnvironmentVariable("HUB_TEST_START_LOG") is not { Length: > 0 } path)
        {
            return;
        }
        var line = string.Create(CultureInfo.InvariantCulture, $"{DateTimeOffset.UtcNow:O} ready after {elapsed.TotalSeconds:F1} s\n");
        lock (StartLogGate)
        {
            File.AppendAllText(path, output is null ? line : line + output + "\n");
        }
    }

    private async Task WaitUntilReadyAsync(CancellationToken ct)
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited)
            {
                // The parameterless wait also drains the redirected output, so the reason it exited is in Output.
                process.WaitForExit();
                throw new InvalidOperationException(
                    $"Hub exited with code {process.ExitCode} before becoming ready.\n{Output}");
            }
            try
            {
                using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative), ct);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    RecordStart(clock.Elapsed, clock.Elapsed >= SlowStart ? Output : null);
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested)
            {
                // The request timed out; the host may still be starting.
            }

            if (clock.Elapsed >= ReadinessTimeout)
            {
                throw new TimeoutException($"Hub was not ready at {BaseAddress}health/ready within {ReadinessTimeout}.\n{Output}");
            }
            await Task.Delay(ReadinessPollInterval, ct);
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (outputLock)
        {
            if (outputLines.Count == MaxOutputLines)
            {
                outputLines.Dequeue();
            }
            outputLines.Enqueue(line);
            outputLineCount++;
        }
    }

    private static string FindRepoRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Hub.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException($"No Hub.sln in {AppContext.BaseDirectory} or any parent directory.");
    }
}
