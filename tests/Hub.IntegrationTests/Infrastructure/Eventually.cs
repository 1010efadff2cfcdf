using System.Diagnostics;

namespace Hub.IntegrationTests.Infrastructure;

public static class Eventually
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// Polls <paramref name="probe"/> until <paramref name="done"/> accepts its value. Exceptions from
    /// the probe propagate: a probe that can fail transiently should catch and map them itself.
    /// </summary>
    public static async Task<T> Until<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan timeout, string because)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var value = await probe();
            if (done(value))
            {
                return value;
            }
            if (clock.Elapsed >= timeout)
            {
                throw new TimeoutException(
                    $"Gave up after {timeout.TotalSeconds:0.###} s waiting until {because}. Last value: {value?.ToString() ?? "<null>"}");
            }
            await Task.Delay(PollInterval);
        }
    }
}
