using Hub.Storage.Workspaces;

namespace Hub.Messaging;

/// <summary>One call to a provider for one message.</summary>
public sealed class SendAttempt : IWorkspaceOwned
{
    public Guid Id { get; set; }
    public string WorkspaceId { get; set; } = "";
    public Guid MessageId { get; set; }
    public int Number { get; set; }
    public required string Provider { get; set; }
    public required string Outcome { get; set; }
    public string? ProviderMessageId { get; set; }
    public string? Error { get; set; }

    /// <summary>The provider's HTTP answer, or null when none came (timeout, no connection, not HTTP).</summary>
    public int? HttpStatus { get; set; }

    /// <summary>The provider's own error or result code.</summary>
    public string? ErrorCode { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset CompletedAt { get; set; }
}
