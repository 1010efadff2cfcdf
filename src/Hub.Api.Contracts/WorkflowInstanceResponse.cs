namespace Hub.Api.Contracts;

/// <summary>
/// One workflow instance: <see cref="Version"/> is the number of the version it runs on, <see cref="CurrentStepId"/> its
/// position, <see cref="WaitingFor"/> the event type a <c>wait_for</c> waits for, <see cref="WakeAt"/> its timer
/// (or, while running with <see cref="LastError"/>, when a failed step is tried again); <see cref="Incident"/> is set once it faulted.
/// </summary>
public sealed record WorkflowInstanceResponse(
    Guid Id, string WorkflowId, int? Version, string Status, string? Key, string EventId, string? CurrentStepId,
    DateTimeOffset? WakeAt, string? WaitingFor, string? EndReason, string? LastError,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? EndedAt, WorkflowIncidentResponse? Incident);
