using Hub.Runtime;
using Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.Contacts.Internals;

/// <summary>The events that name the contact: its phones, emails and names are replaced in their data, which stays valid JSON.</summary>
internal sealed class EventDataEraser : IPersonalDataEraser
{
    public async Task EraseAsync(PersonalDataErasure erasure, HubDbContext db, CancellationToken cancellationToken)
    {
        var ids = erasure.EventIds.ToList();
        foreach (var e in await db.Events.Where(e => ids.Contains(e.Id)).ToListAsync(cancellationToken))
        {
            e.DataJson = erasure.ScrubJson(e.DataJson);
            e.Subject = erasure.ScrubOrNull(e.Subject);
            e.LastError = erasure.ScrubOrNull(e.LastError);
        }
    }
}
