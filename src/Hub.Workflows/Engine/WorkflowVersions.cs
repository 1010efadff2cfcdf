using Hub.Specs;
using Hub.Storage;
using Hub.Storage.Notifications;
using Hub.Workflows.Internals;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Workflows.Engine;

/// <summary>
/// Every stored workflow version of every workspace, parsed once and kept in memory; the published one per workflow
/// is the last published (<see cref="WorkflowDefinitionRecord.PublishedAt"/>). A publish or rollback is announced on
/// <see cref="ChangeChannel"/> and every process reloads on next use. Loading waits until the files in
/// <c>workflows/</c> were provisioned, so that no event is routed against an incomplete set.
/// </summary>
public sealed class WorkflowVersions : IDisposable
{
    public const string ChangeChannel = "hub_workflows";

    private readonly IServiceScopeFactory _scopes;
    private readonly IDisposable _subscription;
    private readonly SemaphoreSlim _loading = new(1, 1);
    private readonly TaskCompletionSource _provisioned = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile Dictionary<string, WorkflowSet>? _sets;
    private long _generation;

    public WorkflowVersions(IServiceScopeFactory scopes, IChangeNotifications notifications)
    {
        ArgumentNullException.ThrowIfNull(notifications);
        _scopes = scopes;
        _subscription = notifications.Subscribe(ChangeChannel, _ => Invalidate(), Invalidate);
    }

    /// <summary>The workspace's set; an empty one when it has no workflows.</summary>
    public async ValueTask<WorkflowSet> ForWorkspaceAsync(string workspaceId, CancellationToken cancellationToken)
    {
        var sets = _sets ?? await LoadAsync(cancellationToken);
        return sets.TryGetValue(workspaceId, out var set) ? set : Empty;
    }

    private static readonly WorkflowSet Empty = new([], []);

    /// <summary>Called once the shipped files are stored as versions (or found stored).</summary>
    public void MarkProvisioned()
    {
        Invalidate();
        _provisioned.TrySetResult();
    }

    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        _sets = null;
    }

    public void Dispose()
    {
        _subscription.Dispose();
        _loading.Dispose();
    }

    private async Task<Dictionary<string, WorkflowSet>> LoadAsync(CancellationToken cancellationToken)
    {
        await _provisioned.Task.WaitAsync(cancellationToken);
        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (_sets is { } loaded)
            {
                return loaded;
            }
            var generation = Interlocked.Read(ref _generation);
            await using var scope = _scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
            var records = await db.WorkflowDefinitions.IgnoreQueryFilters().AsNoTracking().ToListAsync(cancellationToken);
            var sets = new Dictionary<string, WorkflowSet>(StringComparer.Ordinal);
            foreach (var workspace in records.GroupBy(r => r.WorkspaceId))
            {
                var versions = new List<(WorkflowDefinitionRecord Record, WorkflowDefinition Definition)>();
                foreach (var record in workspace)
                {
                    if (Parse(record) is { } definition)
                    {
                        versions.Add((record, definition));
                    }
                }
                var published = versions
                    .Where(v => v.Record.PublishedAt is not null)
                    .GroupBy(v => v.Record.WorkflowId)
                    .Select(g => g.OrderByDescending(v => v.Record.PublishedAt).ThenByDescending(v => v.Record.Number).First().Definition);
                sets[workspace.Key] = new WorkflowSet(published, versions.Select(v => v.Definition));
            }
            if (Interlocked.Read(ref _generation) == generation)
            {
                _sets = sets; // a change announced while loading makes the next call load again
            }
            return sets;
        }
        finally
        {
            _loading.Release();
        }
    }

    /// <summary>A stored version; one that no longer reads (the language changed under it) is left out, not fatal.</summary>
    internal static WorkflowDefinition? Parse(WorkflowDefinitionRecord record)
    {
        var spec = new SpecContext($"{record.WorkflowId}@{record.Number}");
        var (definition, _) = WorkflowReader.Read(spec, record.Source);
        return definition is null ? null : definition with { Version = record.Version, File = null, Number = record.Number };
    }
}
