namespace Hub.Api.Contracts;

/// <summary>
/// Why a faulted instance stopped: the step that failed, the error, and how many tries it had (its retry policy's
/// attempts for a failure that may pass, one for a failure that cannot). <c>POST .../retry</c> resumes there.
/// </summary>
public sealed record WorkflowIncidentResponse(string? StepId, string Error, int Attempts, DateTimeOffset At);
