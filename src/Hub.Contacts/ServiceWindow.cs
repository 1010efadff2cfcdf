using Hub.Storage.Workspaces;

namespace Hub.Contacts;

/// <summary>
/// When an address last wrote to Hub on a channel: WhatsApp allows free-form messages only within 24 hours of it
/// (the customer-service window); outside it only approved templates.
/// </summary>
public sealed class ServiceWindow : IWorkspaceOwned
{
    public string WorkspaceId { get; set; } = "";
    public required string Channel { get; set; }

    /// <summary>The address as Hub sends to it: E.164 phone or lower-case email.</summary>
    public required string Address { get; set; }

    public DateTimeOffset LastInboundAt { get; set; }
}
