using System.Security.Cryptography;
using Hub.Channels;
using Hub.Storage;
using Hub.Storage.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hub.Messaging;

/// <summary>
/// Provider instances (credentials decrypted) and channel routes of every workspace, in memory: composing and
/// delivering a message read no provider configuration from the database. A change through the API is published on
/// <see cref="ChangeChannel"/>; every process reloads in the background and keeps serving the previous copy meanwhile,
/// so a change is seen everywhere within milliseconds. The process that made the change reloads before it answers.
/// </summary>
public sealed class ProviderDirectory : IDisposable
{
    public const string ChangeChannel = "hub_providers";

    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(1);

    private readonly IServiceScopeFactory _scopes;
    private readonly ProviderCredentials _credentials;
    private readonly ILogger<ProviderDirectory> _logger;
    private readonly IDisposable _subscription;
    private readonly SemaphoreSlim _loading = new(1, 1);
    private readonly CancellationTokenSource _disposed = new();
    private volatile ProviderSnapshot? _snapshot;
    private long _generation;
    private long _loadedGeneration = -1;

    public ProviderDirectory(IServiceScopeFactory scopes, ProviderCredentials credentials, IChangeNotifications notifications,
        ILogger<ProviderDirectory> logger)
    {
        ArgumentNullException.ThrowIfNull(notifications);
        _scopes = scopes;
        _credentials = credentials;
        _logger = logger;
        _subscription = notifications.Subscribe(ChangeChannel, _ => OnChanged(), OnChanged);
    }

    /// <summary>
    /// The latest loaded copy. Only the very first use reads the database, synchronously: composing a message is
    /// synchronous (it joins its caller's unit of work), and this happens once per process.
    /// </summary>
    public ProviderSnapshot Current => _snapshot ?? LoadAsync(CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>Reads everything again now; the API calls it after committing a change, so that its answer and this process agree.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _generation);
        await LoadAsync(cancellationToken);
    }

    public void Dispose()
    {
        _subscription.Dispose();
        // Cancelled, not disposed (nor the semaphore): a background reload may still be on its way out.
        _disposed.Cancel();
    }

    private void OnChanged()
    {
        Interlocked.Increment(ref _generation);
        if (_snapshot is not null)
        {
            // Nothing cached yet means nothing to refresh: the first use loads (and the database may not be migrated yet).
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
                _logger.LogWarning("Reloading provider configuration failed ({Error}); retrying", ex.GetType().Name);
                await Task.Delay(RetryDelay, _disposed.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task<ProviderSnapshot> LoadAsync(CancellationToken cancellationToken)
    {
        await _loading.WaitAsync(cancellationToken);
        try
        {
            // Loop while changes arrive during a read, so the copy kept is never older than the last notification.
            while (_snapshot is null || Interlocked.Read(ref _loadedGeneration) != Interlocked.Read(ref _generation))
            {
                var generation = Interlocked.Read(ref _generation);
                _snapshot = await ReadAsync(cancellationToken);
                Interlocked.Exchange(ref _loadedGeneration, generation);
            }
            return _snapshot;
        }
        finally
        {
            _loading.Release();
        }
    }

    private async Task<ProviderSnapshot> ReadAsync(CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var instances = await db.Providers.IgnoreQueryFilters().AsNoTracking().ToListAsync(cancellationToken);
        var routes = await db.ChannelRoutes.IgnoreQueryFilters().AsNoTracking().ToListAsync(cancellationToken);
        var providers = new Dictionary<string, (string, ProviderConfiguration)>(StringComparer.Ordinal);
        foreach (var instance in instances)
        {
            try
            {
                providers[instance.Id] = (instance.WorkspaceId, new ProviderConfiguration(instance.Id, instance.Type,
                    System.Text.Json.JsonSerializer.SerializeToElement(instance.ReadSettings()), _credentials.Unprotect(instance.ProtectedCredentials)));
            }
            catch (CryptographicException)
            {
                // Its credentials were encrypted with a key this node lacks: treat it as not configured rather than fail every channel.
                _logger.LogWarning("Provider {ProviderId} is ignored: its credentials cannot be decrypted with this node's Data Protection keys", instance.Id);
            }
        }
        return new ProviderSnapshot(providers, routes.ToDictionary(r => (r.WorkspaceId, r.Channel)));
    }
}
