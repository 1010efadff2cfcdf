using System.Collections.Concurrent;

namespace Hub.Runtime.Jobs;

/// <summary>Wakes a lane's workers at once when new work was stored, instead of waiting for the next poll.</summary>
public sealed class JobSignal : IDisposable
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _lanes = new(StringComparer.OrdinalIgnoreCase);

    public void Notify(string lane = JobLanes.Default)
    {
        var signal = Lane(lane);
        // A pending signal already guarantees one more claim round; more would only spin.
        if (signal.CurrentCount == 0)
        {
            try
            {
                signal.Release();
            }
            catch (SemaphoreFullException)
            {
            }
        }
    }

    /// <summary>Wakes every lane: work of unknown lanes arrived (another process stored it).</summary>
    public void NotifyAll()
    {
        foreach (var lane in _lanes.Keys)
        {
            Notify(lane);
        }
    }

    public Task<bool> WaitAsync(string lane, TimeSpan timeout, CancellationToken cancellationToken) =>
        Lane(lane).WaitAsync(timeout, cancellationToken);

    public void Dispose()
    {
        foreach (var signal in _lanes.Values)
        {
            signal.Dispose();
        }
    }

    private SemaphoreSlim Lane(string lane) => _lanes.GetOrAdd(lane, _ => new SemaphoreSlim(0, 1));
}
