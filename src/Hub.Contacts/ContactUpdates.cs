using Hub.Contacts.Internals;
using Hub.Storage;

namespace Hub.Contacts;

/// <summary>
/// Creates or updates a contact from what staff or an app say of it (<c>POST /api/v1/contacts</c>), the way an
/// event does: found by its phone or email, merged when they belong to two contacts. Tracked on the caller's unit of work.
/// </summary>
public sealed class ContactUpdates(HubDbContext db)
{
    public Task<Contact> UpsertAsync(ContactDetails details, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(details);
        var identities = new List<(string, string)>(2);
        if (details.Phone is { } phone)
        {
            identities.Add((ContactIdentity.Phone, phone));
        }
        if (details.Email is { } email)
        {
            identities.Add((ContactIdentity.Email, email));
        }
        if (identities.Count == 0)
        {
            throw new ArgumentException("A contact needs a phone or an email.", nameof(details));
        }
        var seen = new EventContact
        {
            Identities = identities,
            Phone = details.Phone,
            Email = details.Email,
            FirstName = details.FirstName,
            LastName = details.LastName,
            Locale = details.Locale,
            TimeZone = details.TimeZone,
        };
        return new ContactUpserts(db).UpsertAsync(seen, now, now, cancellationToken);
    }
}
