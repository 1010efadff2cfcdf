using Microsoft.Extensions.Logging;

namespace Hub.Storage.Notifications;

/// <summary>
/// An in-memory copy of configuration read from the database, kept fresh by a change notification: every process
/// reloads in the background when the notice arrives and serves the previous copy meanwhile; the process that made a
/// change calls <see cref="RefreshAsync"/> before it answers, so that its answer and its copy agree. A reload that
/// notices arrived during is done again, so the copy kept is never older than the last notice.
/// </summary>
public sealed class NotifiedCopy<T> : IDisposable where T : class
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(1);

    private readonly Func<CancellationToken, Task<T>> _read;
    private readonly ILogger _logger;
    private readonly string _what;
    private readonly IDisposable _subscription;
    private readonly SemaphoreSlim _loading = new(1, 1);
    private readonly CancellationTokenSource _disposed = new();
    private volatile T? _copy;
    private long _generation;
    private long _loadedGeneration = -1;

    /// <param name="what">What the copy holds, for the log line of a failed reload ("provider configuration").</param>
    public NotifiedCopy(IChangeNotifications notifications, string channel, Func<CancellationToken, Task<T>> read, ILogger logger, string what)
    {
        ArgumentNullException.ThrowIfNull(notifications);
        _read = read;
        _logger = logger;
        _what = what;
        _subscription = notifications.Subscribe(channel, _ => OnChanged(), OnChanged);
    }

    /// <summary>
    /// The latest loaded copy. Only the very first use reads the database, synchronously: its callers (composing a
    /// message) are synchronous and join their caller's unit of work, and this happens once per process.
    /// </summary>
    public T Current => _copy ?? LoadAsync(CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>As <see cref="Current"/>, for asynchronous callers: the first use reads without blocking a thread.</summary>
    public ValueTask<T> GetAsync(CancellationToken cancellationToken) =>
        _copy is { } copy ? ValueTask.FromResult(copy) : new ValueTask<T>(LoadAsync(cancellationToken));

    /// <summary>Reads again now.</summary>
    public async Task<T> RefreshAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _generation);
        return await LoadAsync(cancellationToken);
    }

    /// <summary>Marks the copy out of date without reading: the next <see cref="RefreshAsync"/> or notice reads again.</summary>
    public void Invalidate() => Interlocked.Increment(ref _generation);

    public void Dispose()
    {
        _subscription.Dispose();
        // Cancelled, not disposed (nor the semaphore): a background reload may still be on its way out.
        _disposed.Cancel();
    }

    private void OnChanged()
    {
        Interlocked.Increment(ref _generation);
        if (_copy is not null)
        {
            // Nothing loaded yet means nothing to refresh: the first use loads (and the database may not be migrated yet).
            _ = Task.Run(ReloadInBackgroundAsync);
        }
    }

    private async Task ReloadInBackgroundAsync()
    {
        while (!_disposed.IsCancellationRequested)
        {
            try
            {
                await LoadAsync(_disposed.Token);
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                _logger.LogWarning("Reloading {What} failed ({Error}); retrying", _what, ex.GetType().Name);
                await Task.Delay(RetryDelay, _disposed.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task<T> LoadAsync(CancellationToken cancellationToken)
    {
        await _loading.WaitAsync(cancellationToken);
        try
        {
            while (_copy is null || Interlocked.Read(ref _loadedGeneration) != Interlocked.Read(ref _generation))
            {
                var generation = Interlocked.Read(ref _generation);
                _copy = await _read(cancellationToken);
                Interlocked.Exchange(ref _loadedGeneration, generation);
            }
            return _copy;
        }
        finally
        {
            _loading.Release();
        }
    }
}
