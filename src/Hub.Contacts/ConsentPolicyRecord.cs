using Hub.Storage.Workspaces;

namespace Hub.Contacts;

/// <summary>A workspace's consent policy as stored: the <see cref="ConsentPolicy"/> document as JSON (<c>PUT /api/v1/consent-policy</c>).</summary>
public sealed class ConsentPolicyRecord : IWorkspaceOwned
{
    public string WorkspaceId { get; set; } = "";
    public required string DocumentJson { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
