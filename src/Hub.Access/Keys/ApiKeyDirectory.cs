using Hub.Storage;
using Hub.Storage.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hub.Access.Keys;

/// <summary>
/// Every active API key, by hash, in memory: authenticating a request reads no row. Creating or revoking a key is
/// announced on <see cref="ChangeChannel"/>; this process reloads before the API answers, every other one as the
/// notice arrives, so a revoked key stops working everywhere within the notice's latency.
/// </summary>
public sealed class ApiKeyDirectory : IDisposable
{
    public const string ChangeChannel = "hub_api_keys";

    private readonly IServiceScopeFactory _scopes;
    private readonly IChangeNotifications _notifications;
    private readonly NotifiedCopy<Dictionary<string, ApiKeyGrant>> _copy;

    public ApiKeyDirectory(IServiceScopeFactory scopes, IChangeNotifications notifications, ILogger<ApiKeyDirectory> logger)
    {
        _scopes = scopes;
        _notifications = notifications;
        _copy = new NotifiedCopy<Dictionary<string, ApiKeyGrant>>(notifications, ChangeChannel, ReadAsync, logger, "API keys");
    }

    /// <summary>The grant of a presented key, or null when it is no active key.</summary>
    public async ValueTask<ApiKeyGrant?> FindAsync(string presented, CancellationToken cancellationToken)
    {
        if (!ApiKeySecrets.LooksLikeKey(presented))
        {
            return null;
        }
        var keys = await _copy.GetAsync(cancellationToken);
        return keys.GetValueOrDefault(ApiKeySecrets.HashOf(presented));
    }

    /// <summary>After a key was created or revoked: this process's copy first, then every other process.</summary>
    public async Task ChangedAsync(CancellationToken cancellationToken)
    {
        await _copy.RefreshAsync(cancellationToken);
        await _notifications.PublishAsync(ChangeChannel, "", cancellationToken);
    }

    public void Dispose() => _copy.Dispose();

    private async Task<Dictionary<string, ApiKeyGrant>> ReadAsync(CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        return await db.ApiKeys.IgnoreQueryFilters().AsNoTracking()
            .Where(k => k.RevokedAt == null)
            .ToDictionaryAsync(k => k.Hash, k => new ApiKeyGrant(k.Id, k.WorkspaceId, k.Name, k.Role), StringComparer.Ordinal, cancellationToken);
    }
}
