namespace Hub.Core.Workspaces;

/// <summary>Every configuration and data row belongs to a workspace; until access control lands, the API works in this one.</summary>
public static class WorkspaceIds
{
    public const string Default = "default";
}
