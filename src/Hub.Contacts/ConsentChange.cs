using Hub.Storage.Workspaces;

namespace Hub.Contacts;

/// <summary>One change of a contact's consent, kept as history: what it became, from where, when, and the evidence.</summary>
public sealed class ConsentChange : IWorkspaceOwned
{
    public Guid Id { get; set; }
    public string WorkspaceId { get; set; } = "";
    public Guid ContactId { get; set; }
    public required string Channel { get; set; }
    public required string Purpose { get; set; }
    public ConsentState State { get; set; }
    public ConsentSource Source { get; set; }

    /// <summary>What shows it: the keyword as received ("Stopp"), the webhook field and value, the staff member's note.</summary>
    public string? Evidence { get; set; }

    /// <summary>The canonical event that carried it (a webhook or an inbound message), when there is one.</summary>
    public string? EventId { get; set; }

    /// <summary>When it happened, as the source says (the arrival time when it does not).</summary>
    public DateTimeOffset OccurredAt { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}
