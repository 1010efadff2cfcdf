using Hub.Storage.Workspaces;

namespace Hub.Contacts;

/// <summary>The current consent of one contact for one channel and purpose; its history is in <see cref="ConsentChange"/>.</summary>
public sealed class ContactConsent : IWorkspaceOwned
{
    public string WorkspaceId { get; set; } = "";
    public Guid ContactId { get; set; }

    /// <summary><c>sms</c>, <c>whatsapp</c>, <c>rcs</c>, <c>email</c>.</summary>
    public required string Channel { get; set; }

    /// <summary><c>transactional</c> or <c>marketing</c>.</summary>
    public required string Purpose { get; set; }

    public ConsentState State { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
