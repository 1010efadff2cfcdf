using Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.Contacts.Internals;

/// <summary>
/// Moves one contact into another when an event shows they are the same person: identities, consent (the newer
/// state of each channel and purpose wins) and consent history move; the details fill the gaps; the other is deleted.
/// Rare, so it may take a few queries.
/// </summary>
internal sealed class ContactMerge(HubDbContext db)
{
    public async Task MergeAsync(Contact into, Contact other, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var identity in await db.ContactIdentities.Where(i => i.ContactId == other.Id).ToListAsync(cancellationToken))
        {
            identity.ContactId = into.Id;
        }
        foreach (var change in await db.ConsentChanges.Where(c => c.ContactId == other.Id).ToListAsync(cancellationToken))
        {
            change.ContactId = into.Id;
        }
        var consents = await db.ContactConsents.Where(c => c.ContactId == other.Id || c.ContactId == into.Id).ToListAsync(cancellationToken);
        foreach (var moving in consents.Where(c => c.ContactId == other.Id))
        {
            var kept = consents.FirstOrDefault(c => c.ContactId == into.Id && c.Channel == moving.Channel && c.Purpose == moving.Purpose);
            if (kept is null)
            {
                db.ContactConsents.Add(new ContactConsent { ContactId = into.Id, Channel = moving.Channel, Purpose = moving.Purpose, State = moving.State, UpdatedAt = moving.UpdatedAt });
            }
            else if (moving.UpdatedAt > kept.UpdatedAt)
            {
                kept.State = moving.State;
                kept.UpdatedAt = moving.UpdatedAt;
            }
            db.ContactConsents.Remove(moving);
        }
        into.FirstName ??= other.FirstName;
        into.LastName ??= other.LastName;
        into.Phone ??= other.Phone;
        into.Email ??= other.Email;
        into.Locale ??= other.Locale;
        into.TimeZone ??= other.TimeZone;
        into.UpdatedAt = now;
        db.Contacts.Remove(other);
    }
}
