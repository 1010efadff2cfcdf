using System.Text.Json;
using Hub.Storage;
using Hub.Storage.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hub.Contacts.Internals;

/// <summary>
/// Every workspace's consent policy, kept in memory: every send reads it, so no policy row is read per message. A
/// change is announced on <see cref="ChangeChannel"/>; this process reloads before the API answers, the others in
/// the background as the notice arrives (as <c>ProviderDirectory</c> and <c>TemplateVersions</c> do).
/// </summary>
internal sealed class ConsentPolicyCache : IDisposable
{
    public const string ChangeChannel = "hub_consent_policies";

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly IServiceScopeFactory _scopes;
    private readonly ILogger<ConsentPolicyCache> _logger;
    private readonly NotifiedCopy<Dictionary<string, ConsentPolicy>> _copy;

    public ConsentPolicyCache(IServiceScopeFactory scopes, IChangeNotifications notifications, ILogger<ConsentPolicyCache> logger)
    {
        _scopes = scopes;
        _logger = logger;
        _copy = new NotifiedCopy<Dictionary<string, ConsentPolicy>>(notifications, ChangeChannel, ReadAsync, logger, "consent policies");
    }

    public static ConsentPolicy Defaults { get; } = new();

    /// <summary>The workspace's policy, or the defaults. Only the first use in a process reads the database.</summary>
    public ConsentPolicy For(string workspaceId) => _copy.Current.GetValueOrDefault(workspaceId) ?? Defaults;

    public Task RefreshAsync(CancellationToken cancellationToken) => _copy.RefreshAsync(cancellationToken);

    public void Dispose() => _copy.Dispose();

    private async Task<Dictionary<string, ConsentPolicy>> ReadAsync(CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var records = await db.ConsentPolicies.IgnoreQueryFilters().AsNoTracking().ToListAsync(cancellationToken);
        var policies = new Dictionary<string, ConsentPolicy>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            try
            {
                policies[record.WorkspaceId] = JsonSerializer.Deserialize<ConsentPolicy>(record.DocumentJson, Json) ?? Defaults;
            }
            catch (JsonException)
            {
                // Stored only after validation: a row that no longer reads is a bug or a hand edit; the defaults are the safe side.
                _logger.LogWarning("The consent policy of workspace {WorkspaceId} no longer reads; its defaults apply", record.WorkspaceId);
                policies[record.WorkspaceId] = Defaults;
            }
        }
        return policies;
    }
}
