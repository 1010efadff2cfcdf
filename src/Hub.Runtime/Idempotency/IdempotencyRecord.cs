using Hub.Storage.Workspaces;

namespace Hub.Runtime.Idempotency;

/// <summary>
/// The answer given to a request that carried an <c>Idempotency-Key</c>: stored in the transaction of the request's
/// own work, so a repeat of the key finds either nothing (the first never committed) or the whole answer.
/// </summary>
public sealed class IdempotencyRecord : IWorkspaceOwned
{
    public Guid Id { get; set; }
    public string WorkspaceId { get; set; } = "";

    /// <summary>The operation the key belongs to, such as <c>POST /api/v1/messages</c>: one key never answers two operations.</summary>
    public required string Scope { get; set; }

    public required string Key { get; set; }

    /// <summary>SHA-256 of the request as understood (not its bytes), so the same key with another request is refused.</summary>
    public required string RequestHash { get; set; }

    public int StatusCode { get; set; }
    public required string ResponseJson { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
}
