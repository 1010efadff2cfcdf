using Hub.Storage;

namespace Hub.Contacts;

/// <summary>
/// One module's part of erasing a contact (<c>DELETE /api/v1/contacts/{id}</c>): it finds its rows that hold the
/// contact's personal data and replaces those fields, keeping the rows (counts, statuses, times). Every module with
/// tables of its own registers one (<c>services.AddScoped&lt;IPersonalDataEraser, ...&gt;()</c>); they all run in
/// one transaction, tracked changes on <paramref name="db"/> stored together, and after them a sweep replaces the
/// contact's phones and emails wherever else they remain as text.
/// </summary>
public interface IPersonalDataEraser
{
    Task EraseAsync(PersonalDataErasure erasure, HubDbContext db, CancellationToken cancellationToken);
}
