using System.Collections.Concurrent;

namespace Hub.Access.Keys;

/// <summary>
/// When each key was last used in this process, to the minute, kept in memory and written in the background
/// (<see cref="Internals.ApiKeyUsageWriter"/>): a request never waits for a write, and a busy key costs one row update a minute.
/// </summary>
public sealed class ApiKeyUsage(TimeProvider time)
{
    private readonly ConcurrentDictionary<Guid, DateTimeOffset> _pending = new();
    private readonly ConcurrentDictionary<Guid, DateTimeOffset> _seen = new();

    public void Used(Guid keyId)
    {
        var minute = Truncate(time.GetUtcNow());
        if (_seen.TryGetValue(keyId, out var seen) && seen >= minute)
        {
            return;
        }
        _seen[keyId] = minute;
        _pending[keyId] = minute;
    }

    /// <summary>The last use this process saw, for a list that should not wait for the next write.</summary>
    public DateTimeOffset? LastSeen(Guid keyId) => _seen.TryGetValue(keyId, out var at) ? at : null;

    /// <summary>Takes the uses not written yet.</summary>
    public IReadOnlyList<(Guid KeyId, DateTimeOffset At)> TakePending()
    {
        var taken = new List<(Guid, DateTimeOffset)>();
        foreach (var id in _pending.Keys)
        {
            if (_pending.TryRemove(id, out var at))
            {
                taken.Add((id, at));
            }
        }
        return taken;
    }

    private static DateTimeOffset Truncate(DateTimeOffset at) => new(at.Ticks - at.Ticks % TimeSpan.TicksPerMinute, TimeSpan.Zero);
}
