using Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.Contacts.Internals;

internal sealed class ContactStore(HubDbContext db) : IContactStore
{
    public async Task<Contact?> FindByAddressAsync(string address, CancellationToken cancellationToken)
    {
        var (kind, value) = ContactAddresses.IdentityOf(address);
        var tracked = db.ChangeTracker.Entries<ContactIdentity>().Select(e => e.Entity).FirstOrDefault(i => i.Kind == kind && i.Value == value);
        var contactId = tracked?.ContactId ?? await db.ContactIdentities.Where(i => i.Kind == kind && i.Value == value)
            .Select(i => (Guid?)i.ContactId).FirstOrDefaultAsync(cancellationToken);
        return contactId is null ? null : await db.Contacts.FindAsync([contactId.Value], cancellationToken);
    }

    public async Task<Contact> FindOrCreateByAddressAsync(string address, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await FindByAddressAsync(address, cancellationToken) is { } found)
        {
            return found;
        }
        var (kind, value) = ContactAddresses.IdentityOf(address);
        var contact = new Contact
        {
            Id = Guid.CreateVersion7(),
            Phone = kind == ContactIdentity.Phone ? value : null,
            Email = kind == ContactIdentity.Email ? value : null,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Contacts.Add(contact);
        db.ContactIdentities.Add(new ContactIdentity { Id = Guid.CreateVersion7(), ContactId = contact.Id, Kind = kind, Value = value, CreatedAt = now });
        return contact;
    }

    public async Task RecordConsentAsync(Contact contact, ConsentChangeRequest change, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contact);
        ArgumentNullException.ThrowIfNull(change);
        var current = await db.ContactConsents.FindAsync([contact.Id, change.Channel, change.Purpose], cancellationToken);
        if (current is not null && current.State == change.State && await SameAsLastAsync(contact.Id, change, cancellationToken))
        {
            return;
        }
        ConsentHistory.Apply(db, contact, current, change, now);
    }

    public async Task RecordInboundAsync(string channel, string address, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var (_, value) = ContactAddresses.IdentityOf(address);
        var window = await db.ServiceWindows.FindAsync([db.WorkspaceId, channel, value], cancellationToken);
        if (window is null)
        {
            db.ServiceWindows.Add(new ServiceWindow { Channel = channel, Address = value, LastInboundAt = at });
        }
        else if (window.LastInboundAt < at)
        {
            window.LastInboundAt = at;
        }
    }

    private async Task<bool> SameAsLastAsync(Guid contactId, ConsentChangeRequest change, CancellationToken cancellationToken)
    {
        var last = await db.ConsentChanges.AsNoTracking()
            .Where(c => c.ContactId == contactId && c.Channel == change.Channel && c.Purpose == change.Purpose)
            .OrderByDescending(c => c.RecordedAt).FirstOrDefaultAsync(cancellationToken);
        return last is not null && last.Source == change.Source && last.Evidence == change.Evidence;
    }
}
