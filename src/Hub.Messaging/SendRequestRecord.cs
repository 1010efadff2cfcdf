using Hub.Storage.Workspaces;

namespace Hub.Messaging;

/// <summary>
/// What was asked to be sent, as stored: template (or text), channels in order, addresses and the data the template
/// sees. Every message of the request, fallbacks included, is composed from this row, never from the workflow or the
/// app that asked.
/// </summary>
public sealed class SendRequestRecord : IWorkspaceOwned
{
    public Guid Id { get; set; }
    public string WorkspaceId { get; set; } = "";
    public string? TemplateId { get; set; }
    public string? Text { get; set; }

    /// <summary>Channels in order of preference, comma-separated.</summary>
    public required string Channels { get; set; }

    public string? Phone { get; set; }
    public string? Email { get; set; }

    /// <summary>The JSON object the template renders with.</summary>
    public required string ModelJson { get; set; }

    /// <summary>The request's secret values, a JSON object encrypted with ASP.NET Data Protection; null when there are none.</summary>
    public string? ProtectedSecrets { get; set; }

    public string? Locale { get; set; }
    public required string Purpose { get; set; }
    public string? EventId { get; set; }
    public string? WorkflowId { get; set; }
    public Guid? WorkflowInstanceId { get; set; }
    public string? StepId { get; set; }

    /// <summary>Why nothing could be sent on any channel; null while a message is on its way.</summary>
    public string? SkipReason { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
