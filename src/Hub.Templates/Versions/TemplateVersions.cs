using System.Collections.Concurrent;
using Hub.Core.Workspaces;
using Hub.Storage;
using Hub.Storage.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hub.Templates.Versions;

/// <summary>
/// The published version of every template of every workspace, kept in memory; each stored version is parsed once
/// and reused across reloads. A publish or rollback is announced on <see cref="ChangeChannel"/>: this process reloads
/// before the API answers, the others in the background as the notice arrives (as <c>ProviderDirectory</c> does).
/// Until the files in <c>workflows/templates/</c> are provisioned, the default workspace renders the files themselves,
/// which are what provisioning stores.
/// </summary>
public sealed class TemplateVersions : IWorkspaceTemplates, IDisposable
{
    public const string ChangeChannel = "hub_templates";

    private static readonly TemplateCatalog Empty = new([]);

    private readonly IServiceScopeFactory _scopes;
    private readonly TemplateCatalog _files;
    private readonly ILogger<TemplateVersions> _logger;
    private readonly NotifiedCopy<Dictionary<string, TemplateCatalog>> _copy;
    private readonly ConcurrentDictionary<(string Workspace, string Id, string Version), MessageTemplate?> _parsed = new();
    private volatile bool _provisioned;

    public TemplateVersions(IServiceScopeFactory scopes, TemplateCatalog files, IChangeNotifications notifications, ILogger<TemplateVersions> logger)
    {
        _scopes = scopes;
        _files = files;
        _logger = logger;
        _copy = new NotifiedCopy<Dictionary<string, TemplateCatalog>>(notifications, ChangeChannel, ReadAsync, logger, "templates");
    }

    /// <summary>
    /// The workspace's published templates. Only the first use after provisioning reads the database synchronously
    /// (composing a message is synchronous); later reloads replace the copy when they are done.
    /// </summary>
    public ITemplateCatalog ForWorkspace(string workspaceId)
    {
        if (!_provisioned)
        {
            return workspaceId == WorkspaceIds.Default ? _files : Empty;
        }
        return _copy.Current.GetValueOrDefault(workspaceId) ?? Empty;
    }

    /// <summary>Called once the shipped files are stored as versions (or found stored).</summary>
    public void MarkProvisioned()
    {
        _copy.Invalidate();
        _provisioned = true;
    }

    /// <summary>Reads the published versions again now; the API calls it after a publish, so that its answer and this process agree.</summary>
    public Task RefreshAsync(CancellationToken cancellationToken) => _copy.RefreshAsync(cancellationToken);

    /// <summary>A stored version parsed (once); null when it no longer reads, which is logged and leaves the template out.</summary>
    public MessageTemplate? Parse(string workspaceId, TemplateVersionRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return _parsed.GetOrAdd((workspaceId, record.TemplateId, record.Version), _ =>
        {
            var (template, errors) = TemplateParser.Read(record.Source, $"{record.TemplateId}@{record.Number}", _files.Layouts);
            if (template is null)
            {
                _logger.LogWarning("Template {TemplateId} version {Number} no longer reads ({Errors} errors); it is left out", record.TemplateId, record.Number, errors.Count);
                return null;
            }
            template.Number = record.Number;
            return template;
        });
    }

    public void Dispose() => _copy.Dispose();

    private async Task<Dictionary<string, TemplateCatalog>> ReadAsync(CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var published = await db.TemplateVersions.IgnoreQueryFilters().AsNoTracking()
            .Where(v => v.PublishedAt != null).ToListAsync(cancellationToken);
        return published
            .GroupBy(v => v.WorkspaceId)
            .ToDictionary(w => w.Key, w => new TemplateCatalog(w
                .GroupBy(v => v.TemplateId)
                .Select(g => Parse(w.Key, g.OrderByDescending(v => v.PublishedAt).ThenByDescending(v => v.Number).First()))
                .OfType<MessageTemplate>()), StringComparer.Ordinal);
    }
}
