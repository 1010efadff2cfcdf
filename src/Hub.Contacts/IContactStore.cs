namespace Hub.Contacts;

/// <summary>
/// Contacts in the current workspace, within the caller's unit of work: changes are tracked on the shared context
/// and stored by the caller's <c>SaveChanges</c>, in the same transaction as the work that produced them.
/// </summary>
public interface IContactStore
{
    /// <summary>The contact an E.164 phone or an email address belongs to, or null.</summary>
    Task<Contact?> FindByAddressAsync(string address, CancellationToken cancellationToken);

    /// <summary>The contact behind the address, created (with that address as its identity) when there is none.</summary>
    Task<Contact> FindOrCreateByAddressAsync(string address, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Sets the contact's consent for a channel and purpose and keeps the change in its history. A change to the
    /// state it already has is kept as history too only when its source or evidence differs (a repeated STOP is noted once).
    /// </summary>
    Task RecordConsentAsync(Contact contact, ConsentChangeRequest change, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Notes that the address wrote on the channel (it opens WhatsApp's service window).</summary>
    Task RecordInboundAsync(string channel, string address, DateTimeOffset at, CancellationToken cancellationToken);
}
