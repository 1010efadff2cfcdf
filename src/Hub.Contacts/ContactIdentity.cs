using Hub.Storage.Workspaces;

namespace Hub.Contacts;

/// <summary>
/// One way a contact is known: <c>phone</c> (E.164), <c>email</c> (lower case) or <c>source</c>
/// (<c>{connectorId}:{source id}</c>). Unique per workspace: an event naming two identities of two contacts merges them.
/// </summary>
public sealed class ContactIdentity : IWorkspaceOwned
{
    public const string Phone = "phone";
    public const string Email = "email";
    public const string Source = "source";

    public Guid Id { get; set; }
    public string WorkspaceId { get; set; } = "";
    public Guid ContactId { get; set; }
    public required string Kind { get; set; }
    public required string Value { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
