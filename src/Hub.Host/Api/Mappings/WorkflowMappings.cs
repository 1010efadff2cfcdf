using System.Text.Json.Nodes;
using Hub.Api.Contracts;
using Hub.Workflows.Engine;

namespace Hub.Host.Api.Mappings;

/// <summary>Workflow versions, drafts and instances as the API shows them.</summary>
internal static class WorkflowMappings
{
    public static WorkflowVersionResponse ToResponse(this WorkflowDefinitionRecord r, bool isPublished) =>
        new(r.Number, r.Version, r.Name, r.CreatedAt, r.PublishedAt, isPublished);

    public static WorkflowDraftResponse ToResponse(this WorkflowDraft d) => new(d.WorkflowId, d.Name, d.Source, d.CreatedAt, d.UpdatedAt);

    public static WorkflowInstanceResponse ToResponse(this WorkflowInstance i, int? version) => new(
        i.Id, i.WorkflowId, version, Status(i.Status), i.CorrelationKey, i.EventId, i.CurrentStepId, i.WakeAt, i.WaitEventType,
        i.EndReason, i.LastError, i.CreatedAt, i.UpdatedAt, i.EndedAt, Incident(i));

    public static WorkflowInstanceDetailResponse ToDetail(this WorkflowInstance i, int? version, IEnumerable<WorkflowJournalEntry> journal) => new(
        i.Id, i.WorkflowId, version, Status(i.Status), i.CorrelationKey, i.EventId, i.CurrentStepId, i.WakeAt, i.WaitEventType,
        i.EndReason, i.LastError, i.CreatedAt, i.UpdatedAt, i.EndedAt, Incident(i),
        JsonNode.Parse(i.StateJson) as JsonObject ?? [],
        [.. journal.Select(e => new WorkflowJournalEntryResponse(e.Id, e.StepId, e.Kind, e.Outcome, e.Detail, ParseData(e.DataJson), e.At))]);

    private static WorkflowIncidentResponse? Incident(WorkflowInstance i) =>
        i.Status == WorkflowInstanceStatus.Faulted
            ? new(i.FailedStepId ?? i.CurrentStepId, i.LastError ?? "Failed.", Math.Max(i.FailedAttempts, 1), i.UpdatedAt)
            : null;

    private static string Status(WorkflowInstanceStatus status) => status.ToString().ToLowerInvariant();

    /// <summary>The journal cuts long data, which may leave it unreadable as JSON; then it is shown as the text kept.</summary>
    private static JsonNode? ParseData(string? json)
    {
        if (json is null)
        {
            return null;
        }
        try
        {
            return JsonNode.Parse(json);
        }
        catch (System.Text.Json.JsonException)
        {
            return JsonValue.Create(json);
        }
    }
}
