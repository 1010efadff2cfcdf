namespace Hub.Api.Contracts;

public sealed record MessageResponse(
    Guid Id, string Channel, string Provider, string To, string? Subject, string Body, string Status,
    string? ProviderMessageId, string? LastError, string? WorkflowId, string? StepId, string? TemplateId, string? Locale,
    string? EventId, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
