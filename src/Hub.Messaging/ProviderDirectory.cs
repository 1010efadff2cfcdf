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

    private readonly IServiceScopeFactory _scopes;
    private readonly ProviderCredentials _credentials;
    private readonly ILogger<ProviderDirectory> _logger;
    private readonly NotifiedCopy<ProviderSnapshot> _copy;

    public ProviderDirectory(IServiceScopeFactory scopes, ProviderCredentials credentials, IChangeNotifications notifications,
        ILogger<ProviderDirectory> logger)
    {
        _scopes = scopes;
        _credentials = credentials;
        _logger = logger;
        _copy = new NotifiedCopy<ProviderSnapshot>(notifications, ChangeChannel, ReadAsync, logger, "provider configuration");
    }

    /// <summary>The latest loaded copy; only the very first use reads the database, synchronously.</summary>
    public ProviderSnapshot Current => _copy.Current;

    /// <summary>Reads everything again now; the API calls it after committing a change, so that its answer and this process agree.</summary>
    public Task RefreshAsync(CancellationToken cancellationToken) => _copy.RefreshAsync(cancellationToken);

    public void Dispose() => _copy.Dispose();

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
