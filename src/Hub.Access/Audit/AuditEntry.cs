using Hub.Storage.Workspaces;

namespace Hub.Access.Audit;

/// <summary>
/// One configuration change: who made it (<see cref="Caller.Actor"/>: <c>bootstrap</c>, a key's name, a user's
/// email), what it was (<see cref="AuditActions"/>), to which resource, when, and the resource before and after as
/// JSON with every secret and credential redacted (<see cref="AuditSecrets"/>). Written in the change's transaction.
/// </summary>
public sealed class AuditEntry : IWorkspaceOwned
{
    public Guid Id { get; set; }
    public string WorkspaceId { get; set; } = "";
    public DateTimeOffset At { get; set; }
    public required string Actor { get; set; }
    public string? KeyId { get; set; }
    public string? UserId { get; set; }
    public required string Action { get; set; }
    public required string ResourceType { get; set; }
    public required string ResourceId { get; set; }

    /// <summary>The resource before the change (null when it was created), secrets redacted.</summary>
    public string? BeforeJson { get; set; }

    /// <summary>The resource after the change (null when it was deleted), secrets redacted.</summary>
    public string? AfterJson { get; set; }
}
