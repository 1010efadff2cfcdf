using Hub.Storage.Workspaces;

namespace Hub.Verifications;

/// <summary>
/// One code sent to one recipient. The code itself is never stored: only its HMAC-SHA256 under a salt of its own.
/// The phone and email are kept to limit how often a recipient is sent codes.
/// </summary>
public sealed class Verification : IWorkspaceOwned
{
    public Guid Id { get; set; }
    public string WorkspaceId { get; set; } = "";
    public string? Phone { get; set; }

    /// <summary>Lower-cased, so that the limit per recipient cannot be dodged by spelling.</summary>
    public string? Email { get; set; }

    public required byte[] Salt { get; set; }
    public required byte[] CodeHash { get; set; }
    public VerificationState State { get; set; }
    public int WrongChecks { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? ApprovedAt { get; set; }

    /// <summary>The send request that carries the code (its messages show it masked).</summary>
    public Guid SendRequestId { get; set; }
}
