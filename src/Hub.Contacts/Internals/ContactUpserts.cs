using Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.Contacts.Internals;

/// <summary>
/// Finds, creates, updates and merges contacts from what a source says of them. Changes are tracked on the caller's
/// context and stored with its unit of work.
/// </summary>
internal sealed class ContactUpserts(HubDbContext db)
{
    /// <summary>
    /// The contact the identities belong to, created when none does. When they belong to several contacts, the
    /// others are merged into the oldest. Details are taken from the newest event; an older one only fills gaps.
    /// </summary>
    public async Task<Contact> UpsertAsync(EventContact seen, DateTimeOffset eventTime, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var known = await FindIdentitiesAsync(seen.Identities, cancellationToken);
        var contacts = new List<Contact>();
        foreach (var contactId in known.Select(i => i.ContactId).Distinct())
        {
            if (await db.Contacts.FindAsync([contactId], cancellationToken) is { } found)
            {
                contacts.Add(found);
            }
        }
        var contact = contacts.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id).FirstOrDefault();
        if (contact is null)
        {
            contact = new Contact { Id = Guid.CreateVersion7(), CreatedAt = now, UpdatedAt = now };
            db.Contacts.Add(contact);
        }
        foreach (var other in contacts.Where(c => c != contact))
        {
            await new ContactMerge(db).MergeAsync(contact, other, now, cancellationToken);
        }
        foreach (var (kind, value) in seen.Identities.Where(k => !known.Any(i => i.Kind == k.Kind && i.Value == k.Value)))
        {
            db.ContactIdentities.Add(new ContactIdentity { Id = Guid.CreateVersion7(), ContactId = contact.Id, Kind = kind, Value = value, CreatedAt = now });
        }
        ApplyDetails(contact, seen, eventTime, now);
        return contact;
    }

    /// <summary>
    /// Records what the event says of consent, with the same rows <see cref="IContactStore.RecordConsentAsync"/>
    /// writes but without a query per entry: the contact's consents are read once. A statement older than the
    /// consent Hub holds (a keyword after it, a late delivery) is passed over, as is one that repeats the current
    /// state (every order of a subscribed customer says so again; the history keeps the first).
    /// </summary>
    public async Task RecordConsentsAsync(Contact contact, IReadOnlyList<ConsentChangeRequest> changes, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var current = db.Entry(contact).State == EntityState.Added
            ? []
            : await db.ContactConsents.Where(c => c.ContactId == contact.Id).ToListAsync(cancellationToken);
        foreach (var change in changes)
        {
            var held = current.FirstOrDefault(c => c.Channel == change.Channel && c.Purpose == change.Purpose)
                ?? db.ContactConsents.Local.FirstOrDefault(c => c.ContactId == contact.Id && c.Channel == change.Channel && c.Purpose == change.Purpose);
            if (held is not null && (held.State == change.State || held.UpdatedAt > change.OccurredAt))
            {
                continue;
            }
            ConsentHistory.Apply(db, contact, held, change, now);
        }
    }

    /// <summary>
    /// The identities already known with their contacts, in one query of one shape (each kind matched on the unique
    /// index; a kind the event does not name matches nothing), plus those only tracked in this unit of work.
    /// </summary>
    private async Task<List<ContactIdentity>> FindIdentitiesAsync(IReadOnlyList<(string Kind, string Value)> keys, CancellationToken cancellationToken)
    {
        string ValueOf(string kind) => keys.FirstOrDefault(k => k.Kind == kind).Value ?? "";
        var (phone, email, source) = (ValueOf(ContactIdentity.Phone), ValueOf(ContactIdentity.Email), ValueOf(ContactIdentity.Source));
        // The contacts come along and are tracked, so that finding them afterwards costs no query.
        var stored = await db.ContactIdentities
            .Where(i => (i.Kind == ContactIdentity.Phone && i.Value == phone)
                || (i.Kind == ContactIdentity.Email && i.Value == email)
                || (i.Kind == ContactIdentity.Source && i.Value == source))
            .Join(db.Contacts, i => i.ContactId, c => c.Id, (i, c) => new { Identity = i, Contact = c })
            .ToListAsync(cancellationToken);
        return [.. stored.Select(s => s.Identity).Concat(db.ContactIdentities.Local)
            .Where(i => db.Entry(i).State != EntityState.Deleted && keys.Contains((i.Kind, i.Value)))
            .DistinctBy(i => i.Id)];
    }

    private static void ApplyDetails(Contact contact, EventContact seen, DateTimeOffset eventTime, DateTimeOffset now)
    {
        var newest = contact.DetailsAsOf is not { } asOf || eventTime >= asOf;
        contact.FirstName = Pick(contact.FirstName, seen.FirstName, newest);
        contact.LastName = Pick(contact.LastName, seen.LastName, newest);
        contact.Phone = Pick(contact.Phone, seen.Phone, newest);
        contact.Email = Pick(contact.Email, seen.Email, newest);
        contact.Locale = Pick(contact.Locale, seen.Locale, newest);
        contact.TimeZone = Pick(contact.TimeZone, seen.TimeZone, newest);
        if (newest)
        {
            contact.DetailsAsOf = eventTime;
        }
        contact.UpdatedAt = now;
    }

    /// <summary>A field the event leaves out keeps its value: left out means unknown, not cleared.</summary>
    private static string? Pick(string? held, string? seen, bool newest) => seen is null ? held : newest || held is null ? seen : held;
}
