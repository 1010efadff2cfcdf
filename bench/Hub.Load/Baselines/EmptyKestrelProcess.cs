using System.Diagnostics;
using System.Reflection;
using Hub.IntegrationTests.Infrastructure;

namespace Hub.Load.Baselines;

/// <summary>This tool started again as <see cref="EmptyKestrelServer"/> in a child process, killed when disposed.</summary>
internal sealed class EmptyKestrelProcess : IDisposable
{
    private readonly Process process;

    private EmptyKestrelProcess(Process process, Uri baseAddress)
    {
        this.process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static async Task<EmptyKestrelProcess> StartAsync()
    {
        var baseAddress = new Uri($"http://127.0.0.1:{FreePort.Get()}/");
        var self = Environment.ProcessPath!;
        var startInfo = new ProcessStartInfo(self) { UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            startInfo.ArgumentList.Add(Assembly.GetExecutingAssembly().Location);
        }
        startInfo.ArgumentList.Add(EmptyKestrelServer.Command);
        startInfo.ArgumentList.Add(baseAddress.GetLeftPart(UriPartial.Authority));
        var server = new EmptyKestrelProcess(Process.Start(startInfo)!, baseAddress);
        using var probe = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(2) };
        for (var deadline = DateTime.UtcNow.AddSeconds(30); ; await Task.Delay(100))
        {
            try
            {
                using var response = await probe.PostAsync(new Uri("/", UriKind.Relative), null);
                if (response.IsSuccessStatusCode)
                {
                    return server;
                }
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline && !server.process.HasExited)
            {
                // Not listening yet.
            }
        }
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        process.Dispose();
    }
}
