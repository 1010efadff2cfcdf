namespace Hub.Storage.Workspaces;

/// <summary>
/// A row that belongs to a workspace. <see cref="HubDbContext"/> scopes every query on such an entity to the current
/// workspace and stamps new rows with it, in one place, so that roles and tenants later add rules, not columns.
/// </summary>
public interface IWorkspaceOwned
{
    string WorkspaceId { get; set; }
}
