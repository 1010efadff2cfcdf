using Hub.Storage;
using Hub.Workflows.Engine;
using Microsoft.EntityFrameworkCore;

namespace Hub.Host.Infrastructure;

/// <summary>The stored workflow texts <c>export</c> writes, read from the context's workspace.</summary>
internal static class WorkflowExportQuery
{
    /// <param name="workflowId">Only this workflow; null for every one.</param>
    /// <param name="number">This stored version rather than the published one (with <paramref name="workflowId"/>).</param>
    /// <param name="draft">The drafts instead of the published versions.</param>
    /// <returns>The texts in id order, or why there is none for the workflow asked for.</returns>
    public static async Task<(List<ExportedWorkflow> Workflows, string? Error)> FindAsync(
        HubDbContext db, string? workflowId, int? number, bool draft, CancellationToken cancellationToken)
    {
        if (draft)
        {
            var drafts = await db.WorkflowDrafts.AsNoTracking()
                .Where(d => workflowId == null || d.WorkflowId == workflowId).ToListAsync(cancellationToken);
            return drafts.Count == 0 && workflowId is not null
                ? ([], $"Workflow '{workflowId}' has no draft in workspace '{db.WorkspaceId}'.")
                : ([.. drafts.OrderBy(d => d.WorkflowId, StringComparer.Ordinal).Select(d => new ExportedWorkflow(d.WorkflowId, d.Source, "draft"))], null);
        }
        var records = await db.WorkflowDefinitions.AsNoTracking()
            .Where(d => workflowId == null || d.WorkflowId == workflowId).ToListAsync(cancellationToken);
        if (records.Count == 0 && workflowId is not null)
        {
            return ([], $"Workflow '{workflowId}' does not exist in workspace '{db.WorkspaceId}'.");
        }
        if (number is { } asked)
        {
            return records.FirstOrDefault(r => r.Number == asked) is { } record
                ? ([Exported(record)], null)
                : ([], $"Workflow '{workflowId}' has no version {asked}.");
        }
        // The published version is the one published last, as the engine and the API read it.
        var published = records.Where(r => r.PublishedAt is not null).GroupBy(r => r.WorkflowId)
            .Select(g => g.OrderByDescending(r => r.PublishedAt).ThenByDescending(r => r.Number).First())
            .OrderBy(r => r.WorkflowId, StringComparer.Ordinal);
        return ([.. published.Select(Exported)], null);
    }

    private static ExportedWorkflow Exported(WorkflowDefinitionRecord record) => new(record.WorkflowId, record.Source, $"version {record.Number}");
}
