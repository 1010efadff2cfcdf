namespace Hub.Channels.Rbm.Internals;

/// <summary>
/// One instance's access token, shared by all its sends and fetched by one of them at a time: a burst of sends
/// after expiry makes one token request, not one each. A token is replaced five minutes before it expires (at half
/// its life when it lives shorter), so that no send carries one that runs out on the way.
/// </summary>
internal sealed class AccessTokenCache : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private CachedToken? _current;

    public async Task<TokenAnswer> GetAsync(TimeProvider time, Func<CancellationToken, Task<TokenAnswer>> fetch, CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _current) is { } cached && time.GetUtcNow() < cached.RefreshAt)
        {
            return new TokenAnswer(cached.Value, TimeSpan.Zero, null);
        }
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (Volatile.Read(ref _current) is { } fresh && time.GetUtcNow() < fresh.RefreshAt)
            {
                return new TokenAnswer(fresh.Value, TimeSpan.Zero, null);
            }
            var answer = await fetch(cancellationToken);
            if (answer.Token is { } token)
            {
                var margin = answer.Lifetime > TimeSpan.FromMinutes(10) ? TimeSpan.FromMinutes(5) : answer.Lifetime / 2;
                Volatile.Write(ref _current, new CachedToken(token, time.GetUtcNow() + answer.Lifetime - margin));
            }
            return answer;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Forgets <paramref name="token"/> after the API refused it (revoked, or the clock was off): the next send fetches another.</summary>
    public void Invalidate(string token)
    {
        var current = Volatile.Read(ref _current);
        if (current is not null && current.Value == token)
        {
            Interlocked.CompareExchange(ref _current, null, current);
        }
    }

    public void Dispose() => _gate.Dispose();
}
