using Hub.Storage;

namespace Hub.Contacts.Internals;

/// <summary>The one way a consent changes: the current state set (its row created when the contact had none) and the change kept as history.</summary>
internal static class ConsentHistory
{
    public static void Apply(HubDbContext db, Contact contact, ContactConsent? held, ConsentChangeRequest change, DateTimeOffset now)
    {
        if (held is null)
        {
            held = new ContactConsent { ContactId = contact.Id, Channel = change.Channel, Purpose = change.Purpose };
            db.ContactConsents.Add(held);
        }
        held.State = change.State;
        held.UpdatedAt = now;
        contact.UpdatedAt = now;
        db.ConsentChanges.Add(new ConsentChange
        {
            Id = Guid.CreateVersion7(),
            ContactId = contact.Id,
            Channel = change.Channel,
            Purpose = change.Purpose,
            State = change.State,
            Source = change.Source,
            Evidence = change.Evidence,
            EventId = change.EventId,
            OccurredAt = change.OccurredAt,
            RecordedAt = now,
        });
    }
}
