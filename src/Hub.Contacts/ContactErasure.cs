using System.Text.RegularExpressions;
using Hub.Contacts.Internals;
using Hub.Runtime;
using Hub.Runtime.Events;
using Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.Contacts;

/// <summary>
/// Erases a contact's personal data everywhere, in one transaction (SQLite through the write gate): finds the
/// events that name it by a text search for each of its addresses, hands the contact to every
/// <see cref="IPersonalDataEraser"/> (contacts, events, raw requests, messages, send requests, workflow instances,
/// sandbox, verifications, and whatever modules add), then sweeps every text column of every table for its phones
/// and emails. Rare and thorough: it may scan.
/// </summary>
public sealed class ContactErasure(HubDbContext db, IEnumerable<IPersonalDataEraser> erasers, SqliteWriteGate gate, TimeProvider time)
{
    /// <summary>False when the workspace has no such contact; true once erased (again: nothing more to do).</summary>
    public async Task<bool> EraseAsync(Guid contactId, CancellationToken cancellationToken)
    {
        using var turn = await gate.EnterAsync(db, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var contact = await db.Contacts.FirstOrDefaultAsync(c => c.Id == contactId, cancellationToken);
        if (contact is null)
        {
            return false;
        }
        if (contact.ErasedAt is not null)
        {
            return true;
        }
        var erasure = await DescribeAsync(contact, cancellationToken);
        foreach (var eraser in erasers)
        {
            await eraser.EraseAsync(erasure, db, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        await new TextSweep(db).ReplaceAsync(erasure.AddressForms, PersonalDataErasure.Erased, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private async Task<PersonalDataErasure> DescribeAsync(Contact contact, CancellationToken cancellationToken)
    {
        var identities = await db.ContactIdentities.AsNoTracking().Where(i => i.ContactId == contact.Id).ToListAsync(cancellationToken);
        var phones = identities.Where(i => i.Kind == ContactIdentity.Phone).Select(i => i.Value).Append(contact.Phone).OfType<string>().Distinct().ToList();
        var emails = identities.Where(i => i.Kind == ContactIdentity.Email).Select(i => i.Value).Append(contact.Email).OfType<string>()
            .Select(e => e.ToLowerInvariant()).Distinct().ToList();
        var forms = phones.SelectMany(PhoneForms.Of).Concat(emails).Distinct(StringComparer.Ordinal).ToList();
        var events = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var phone in phones.SelectMany(PhoneForms.Of).Distinct(StringComparer.Ordinal))
        {
            await AddEventsAsync(events, db.Events.Where(e => e.DataJson.Contains(phone)), cancellationToken);
        }
        foreach (var email in emails)
        {
            // Translated to SQL lower(...) LIKE: the database's own folding, no .NET culture involved.
#pragma warning disable CA1304, CA1311, CA1862
            await AddEventsAsync(events, db.Events.Where(e => e.DataJson.ToLower().Contains(email)), cancellationToken);
#pragma warning restore CA1304, CA1311, CA1862
        }
        foreach (var source in identities.Where(i => i.Kind == ContactIdentity.Source))
        {
            // {connectorId}:{id}: the events of that connector that name the id (a contact.updated without address).
            var split = source.Value.IndexOf(':', StringComparison.Ordinal);
            var (connectorId, sourceId) = (source.Value[..split], $"\"id\":\"{source.Value[(split + 1)..]}\"");
            await AddEventsAsync(events, db.Events.Where(e => e.ConnectorId == connectorId && e.DataJson.Contains(sourceId)), cancellationToken);
        }
        // Sources write emails in any case (Kari@Example.com); the sweep replaces exact text, so it needs each spelling.
        foreach (var email in emails)
        {
            var spelled = new Regex(Regex.Escape(email), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(5));
            forms.AddRange(events.Values.SelectMany(json => spelled.Matches(json).Select(m => m.Value)).Distinct(StringComparer.Ordinal).Where(f => !forms.Contains(f)));
        }
        string?[] names = [contact.FirstName, contact.LastName, contact.FirstName is null || contact.LastName is null ? null : $"{contact.FirstName} {contact.LastName}"];
        return new PersonalDataErasure(contact.Id, phones, emails, forms, [.. names.OfType<string>()], [.. events.Keys], time.GetUtcNow());
    }

    private static async Task AddEventsAsync(Dictionary<string, string> events, IQueryable<EventRecord> query, CancellationToken cancellationToken)
    {
        foreach (var e in await query.AsNoTracking().Select(e => new { e.Id, e.DataJson }).ToListAsync(cancellationToken))
        {
            events.TryAdd(e.Id, e.DataJson);
        }
    }
}
