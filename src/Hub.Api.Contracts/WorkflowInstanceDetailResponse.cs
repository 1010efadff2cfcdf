using System.Text.Json.Nodes;

namespace Hub.Api.Contracts;

/// <summary>An instance with its state (<c>vars</c>, <c>steps</c>) and its journal, oldest line first.</summary>
public sealed record WorkflowInstanceDetailResponse(
    Guid Id, string WorkflowId, int? Version, string Status, string? Key, string EventId, string? CurrentStepId,
    DateTimeOffset? WakeAt, string? WaitingFor, string? EndReason, string? LastError,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? EndedAt, WorkflowIncidentResponse? Incident,
    JsonObject State, IReadOnlyList<WorkflowJournalEntryResponse> Journal);
