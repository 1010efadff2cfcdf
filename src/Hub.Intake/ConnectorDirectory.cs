using System.Text.Json.Nodes;
using Hub.Connectors;
using Hub.Storage;
using Hub.Storage.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hub.Intake;

/// <summary>
/// Every connector instance of every workspace, with its secrets decrypted, in memory: a webhook (and a bad
/// signature above all) is answered without touching the database. A change through the API is published on
/// <see cref="ChangeChannel"/>; every process drops its copy and reloads on the next request, within milliseconds.
/// </summary>
public sealed class ConnectorDirectory : IDisposable
{
    public const string ChangeChannel = "hub_connectors";

    private readonly IServiceScopeFactory _scopes;
    private readonly IConnectorCatalog _catalog;
    private readonly ConnectorSecrets _secrets;
    private readonly IngestOptions _options;
    private readonly IDisposable _subscription;
    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile Snapshot? _snapshot;
    private long _generation;

    public ConnectorDirectory(IServiceScopeFactory scopes, IConnectorCatalog catalog, ConnectorSecrets secrets,
        IOptions<IngestOptions> options, IChangeNotifications notifications)
    {
        ArgumentNullException.ThrowIfNull(notifications);
        _scopes = scopes;
        _catalog = catalog;
        _secrets = secrets;
        _options = options.Value;
        _subscription = notifications.Subscribe(ChangeChannel, _ => Invalidate(), Invalidate);
    }

    /// <summary>The instance with this id, in whichever workspace; null when there is none or its type is not loaded.</summary>
    public async ValueTask<ResolvedConnector?> FindAsync(string connectorId, CancellationToken cancellationToken)
    {
        var snapshot = _snapshot ?? await LoadAsync(cancellationToken);
        return snapshot.Connectors.GetValueOrDefault(connectorId);
    }

    /// <summary>Forgets every instance; the next lookup reads them again.</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        _snapshot = null;
    }

    public void Dispose()
    {
        _subscription.Dispose();
        _loading.Dispose();
    }

    private async Task<Snapshot> LoadAsync(CancellationToken cancellationToken)
    {
        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (_snapshot is { } loaded)
            {
                return loaded;
            }
            var generation = Interlocked.Read(ref _generation);
            await using var scope = _scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
            var instances = await db.Connectors.IgnoreQueryFilters().AsNoTracking().ToListAsync(cancellationToken);
            var connectors = new Dictionary<string, ResolvedConnector>(StringComparer.Ordinal);
            foreach (var instance in instances)
            {
                if (Resolve(instance) is { } resolved)
                {
                    connectors[instance.Id] = resolved;
                }
            }
            var snapshot = new Snapshot(connectors);
            // A change published while we were reading wins: keep this copy for no one but the caller.
            if (Interlocked.Read(ref _generation) == generation)
            {
                _snapshot = snapshot;
            }
            return snapshot;
        }
        finally
        {
            _loading.Release();
        }
    }

    private ResolvedConnector? Resolve(ConnectorInstance instance)
    {
        var definition = _catalog.Find(instance.Type);
        if (definition is null)
        {
            return null;
        }
        return new ResolvedConnector(
            instance.Id,
            instance.WorkspaceId,
            instance.Type,
            definition,
            _secrets.Unprotect(instance.ProtectedSecret),
            instance.ProtectedPreviousSecret is null ? null : _secrets.Unprotect(instance.ProtectedPreviousSecret),
            instance.PreviousSecretExpiresAt,
            Materialized(instance.ReadSettings()),
            Materialized(_secrets.UnprotectCredentials(instance.ProtectedCredentials)),
            instance.MaxBodyBytes ?? definition.MaxBodyBytes ?? _options.MaxBodyBytes);
    }

    /// <summary>JsonNode builds its children on first access; doing it now makes the shared object safe to read from many threads.</summary>
    private static JsonObject Materialized(JsonObject node)
    {
        Walk(node);
        return node;

        static void Walk(JsonNode? n)
        {
            switch (n)
            {
                case JsonObject obj:
                    foreach (var (_, child) in obj)
                    {
                        Walk(child);
                    }
                    break;
                case JsonArray array:
                    foreach (var child in array)
                    {
                        Walk(child);
                    }
                    break;
            }
        }
    }

    private sealed record Snapshot(IReadOnlyDictionary<string, ResolvedConnector> Connectors);
}
