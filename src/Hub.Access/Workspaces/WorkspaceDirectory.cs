using Hub.Storage;
using Hub.Storage.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hub.Access.Workspaces;

/// <summary>The ids of every workspace, in memory, so that a request naming one is checked without reading a row.</summary>
public sealed class WorkspaceDirectory : IDisposable
{
    public const string ChangeChannel = "hub_workspaces";

    private readonly IServiceScopeFactory _scopes;
    private readonly IChangeNotifications _notifications;
    private readonly NotifiedCopy<HashSet<string>> _copy;

    public WorkspaceDirectory(IServiceScopeFactory scopes, IChangeNotifications notifications, ILogger<WorkspaceDirectory> logger)
    {
        _scopes = scopes;
        _notifications = notifications;
        _copy = new NotifiedCopy<HashSet<string>>(notifications, ChangeChannel, ReadAsync, logger, "workspaces");
    }

    public async ValueTask<bool> ExistsAsync(string workspaceId, CancellationToken cancellationToken)
    {
        var ids = await _copy.GetAsync(cancellationToken);
        return ids.Contains(workspaceId);
    }

    /// <summary>After a workspace was created: this process's copy first, then every other process.</summary>
    public async Task ChangedAsync(CancellationToken cancellationToken)
    {
        await _copy.RefreshAsync(cancellationToken);
        await _notifications.PublishAsync(ChangeChannel, "", cancellationToken);
    }

    public void Dispose() => _copy.Dispose();

    private async Task<HashSet<string>> ReadAsync(CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        return [.. await db.Workspaces.AsNoTracking().Select(w => w.Id).ToListAsync(cancellationToken)];
    }
}
