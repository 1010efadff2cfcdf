using Hub.Runtime.Events;
using Hub.Storage;

namespace Hub.Contacts.Internals;

/// <summary>
/// Keeps contacts as the events describe them, in the transaction that records each event: the contact in
/// <c>data.contact</c> is found by its identities (one query), created or updated, merged when the event links two
/// contacts, and its consent recorded. Registered before the workflow engine's consumer, so that whatever the
/// event starts already sees the contact and its consent.
/// </summary>
internal sealed class ContactEventConsumer : IEventConsumer
{
    public async Task<IReadOnlyList<string>> ConsumeAsync(RecordedEvent recorded, HubDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        ArgumentNullException.ThrowIfNull(db);
        if (EventContact.Read(recorded.Event, recorded.Record.ConnectorId) is not { } seen)
        {
            return [];
        }
        var now = recorded.Record.CreatedAt;
        var upserts = new ContactUpserts(db);
        var contact = await upserts.UpsertAsync(seen, recorded.Event.Time, now, cancellationToken);
        if (seen.Consents.Count > 0)
        {
            await upserts.RecordConsentsAsync(contact, seen.Consents, now, cancellationToken);
        }
        return [];
    }
}
