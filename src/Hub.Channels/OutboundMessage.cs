namespace Hub.Channels;

/// <summary>A rendered message ready for a provider. <see cref="Id"/> doubles as the idempotency key.</summary>
public sealed record OutboundMessage
{
    public required string Id { get; init; }
    public required string Channel { get; init; }
    public required string To { get; init; }
    public string? Subject { get; init; }
    public required string Body { get; init; }
    public string? HtmlBody { get; init; }

    /// <summary>The canonical event the message answers, when a workflow sent it.</summary>
    public string? EventId { get; init; }

    public string? WorkflowId { get; init; }

    /// <summary>The workspace that sends it (a provider that keeps a record of what it carried files it there).</summary>
    public string? WorkspaceId { get; init; }

    /// <summary>When the message was composed (not when this attempt runs).</summary>
    public DateTimeOffset CreatedAt { get; init; }
}
