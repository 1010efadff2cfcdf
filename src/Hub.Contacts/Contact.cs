using Hub.Storage.Workspaces;

namespace Hub.Contacts;

/// <summary>
/// A person Hub messages: found by any of its identities (<see cref="ContactIdentity"/>: E.164 phone, email, a
/// source system's id), with what the sources last said of them and their consent per channel and purpose.
/// </summary>
public sealed class Contact : IWorkspaceOwned
{
    public Guid Id { get; set; }
    public string WorkspaceId { get; set; } = "";
    public string? FirstName { get; set; }
    public string? LastName { get; set; }

    /// <summary>The primary E.164 phone number; every number the contact is known by is an identity.</summary>
    public string? Phone { get; set; }

    /// <summary>The primary email address, lower case; every address is an identity.</summary>
    public string? Email { get; set; }

    /// <summary>BCP 47, as the source gave it (<c>nb-NO</c>).</summary>
    public string? Locale { get; set; }

    /// <summary>IANA time zone id (<c>Europe/Oslo</c>); quiet hours use it, else the phone number's country.</summary>
    public string? TimeZone { get; set; }

    /// <summary>
    /// The time of the newest event whose name, locale and time zone the contact holds: an older event (a retry, a
    /// late delivery) adds its identities and consent but does not overwrite what a newer one said.
    /// </summary>
    public DateTimeOffset? DetailsAsOf { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Set when the contact's personal data was erased; the row stays so that counts and history keep their shape.</summary>
    public DateTimeOffset? ErasedAt { get; set; }
}
