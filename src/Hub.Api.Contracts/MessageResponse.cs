namespace Hub.Api.Contracts;

public sealed record MessageResponse(
    Guid Id, string Channel, string Provider, string To, string? Subject, string Body, string Status,
    string? ProviderMessageId, string? LastError, string? WorkflowId, string? StepId, string? TemplateId, string? Locale,
    string? EventId, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    /// <summary><c>transactional</c>, <c>marketing</c> or <c>system</c> (Hub's own keyword answers).</summary>
    public string Purpose { get; init; } = "transactional";

    /// <summary>Why a <c>skipped</c> message was not sent: <c>opted_out</c>, <c>no_consent</c>, <c>quiet_hours_held</c>, <c>outside_service_window</c>, ...</summary>
    public string? Reason { get; init; }

    /// <summary>When a message held for the recipient's quiet hours goes (or went).</summary>
    public DateTimeOffset? HeldUntil { get; init; }

    /// <summary>The contact the address belongs to, once the send's consent check found one.</summary>
    public Guid? ContactId { get; init; }
}
