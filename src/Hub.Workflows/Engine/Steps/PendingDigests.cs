using System.Collections.Concurrent;

namespace Hub.Workflows.Engine.Steps;

/// <summary>
/// Collectors this process has chosen but perhaps not committed yet, by digest bookmark. A second instance for the
/// same key that finds no stored collector but a pending one cannot append to a row that is not there yet, so it
/// retries its job (<see cref="DigestPendingException"/>) and then finds the collector committed. This closes the race
/// of a burst of events for one key on SQLite, where a job batch reads outside its write transaction; across
/// processes on PostgreSQL the advisory lock of <see cref="KeyLock"/> does the same.
/// </summary>
internal sealed class PendingDigests(TimeProvider time)
{
    /// <summary>Longer than a job takes to commit; a collector whose job rolled back stops blocking others after it.</summary>
    private static readonly TimeSpan Pending = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, (Guid Instance, DateTimeOffset Since)> _byBookmark = new(StringComparer.Ordinal);

    /// <summary>
    /// Makes <paramref name="self"/> the collector for <paramref name="bookmark"/> unless another instance was chosen a
    /// moment ago (whose commit this transaction may not see yet); returns that other instance. Atomic: of two jobs
    /// asking at once, one is chosen.
    /// </summary>
    public Guid? ChooseOrGetOther(string bookmark, Guid self)
    {
        var now = time.GetUtcNow();
        while (true)
        {
            if (_byBookmark.TryGetValue(bookmark, out var entry))
            {
                if (entry.Instance != self && now - entry.Since < Pending)
                {
                    return entry.Instance;
                }
                if (_byBookmark.TryUpdate(bookmark, (self, now), entry))
                {
                    return null;
                }
                continue;
            }
            if (_byBookmark.TryAdd(bookmark, (self, now)))
            {
                Prune(now);
                return null;
            }
        }
    }

    private void Prune(DateTimeOffset now)
    {
        if (_byBookmark.Count <= 1000)
        {
            return;
        }
        foreach (var (key, entry) in _byBookmark.Where(e => now - e.Value.Since > Pending))
        {
            _byBookmark.TryRemove(new(key, entry));
        }
    }
}
