using Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.Contacts.Internals;

/// <summary>
/// The contact itself: its names, phone and email are cleared and <see cref="Contact.ErasedAt"/> set; its identities
/// go (nothing may find it by them again); the evidence of its consent history is replaced (states, sources and times
/// stay); the service windows of its addresses go.
/// </summary>
internal sealed class ContactDataEraser : IPersonalDataEraser
{
    public async Task EraseAsync(PersonalDataErasure erasure, HubDbContext db, CancellationToken cancellationToken)
    {
        var contact = await db.Contacts.FirstAsync(c => c.Id == erasure.ContactId, cancellationToken);
        contact.FirstName = null;
        contact.LastName = null;
        contact.Phone = null;
        contact.Email = null;
        contact.ErasedAt = erasure.Now;
        contact.UpdatedAt = erasure.Now;
        db.ContactIdentities.RemoveRange(await db.ContactIdentities.Where(i => i.ContactId == erasure.ContactId).ToListAsync(cancellationToken));
        foreach (var change in await db.ConsentChanges.Where(c => c.ContactId == erasure.ContactId && c.Evidence != null).ToListAsync(cancellationToken))
        {
            change.Evidence = PersonalDataErasure.Erased;
        }
        var addresses = erasure.Addresses.ToList();
        db.ServiceWindows.RemoveRange(await db.ServiceWindows.Where(w => addresses.Contains(w.Address)).ToListAsync(cancellationToken));
    }
}
