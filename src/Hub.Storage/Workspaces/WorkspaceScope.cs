using Hub.Core.Workspaces;

namespace Hub.Storage.Workspaces;

/// <summary>
/// The workspace a unit of work acts in (one per DI scope): the API sets it from the caller, the dispatcher from the
/// job, intake from the connector. Queries see only its rows.
/// </summary>
public sealed class WorkspaceScope
{
    public string Id { get; private set; } = WorkspaceIds.Default;

    public void Enter(string workspaceId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(workspaceId);
        Id = workspaceId;
    }
}
