using Hub.Storage.Entities;

namespace Hub.Host.Api;

public sealed record MessageResponse(
    Guid Id, string Channel, string Provider, string To, string? Subject, string Body, string Status,
    string? ProviderMessageId, string? LastError, string? WorkflowId, string? StepId, string? TemplateId, string? Locale,
    string? EventId, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static MessageResponse From(MessageRecord m) => new(
        m.Id, m.Channel, m.Provider, m.To, m.Subject, m.Body, m.Status.ToString().ToLowerInvariant(),
        m.ProviderMessageId, m.LastError, m.WorkflowId, m.StepId, m.TemplateId, m.Locale, m.EventId, m.CreatedAt, m.UpdatedAt);
}
