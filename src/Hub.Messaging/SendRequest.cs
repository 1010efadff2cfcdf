using System.Text.Json.Nodes;

namespace Hub.Messaging;

/// <summary>A message to send: by template with data, or as text; on the first of <see cref="Channels"/> that can take it.</summary>
public sealed record SendRequest
{
    public string? Template { get; init; }
    public string? Text { get; init; }
    public required IReadOnlyList<string> Channels { get; init; }
    public string? Phone { get; init; }
    public string? Email { get; init; }

    /// <summary>What the template sees (for a workflow: event, contact, vars, steps, now, workflow and the event's data).</summary>
    public required JsonObject Model { get; init; }

    /// <summary>
    /// Values the template sees under <c>secrets</c> (a verification code): stored encrypted, never in
    /// <see cref="Model"/>; the stored message shows them masked, and only the provider is handed the real text.
    /// </summary>
    public IReadOnlyDictionary<string, string>? Secrets { get; init; }

    public string? Locale { get; init; }
    public string Purpose { get; init; } = "transactional";
    public string? EventId { get; init; }
    public string? WorkflowId { get; init; }
    public Guid? WorkflowInstanceId { get; init; }
    public string? StepId { get; init; }
}
