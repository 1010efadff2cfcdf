using Hub.Contacts;
using Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.Conversations.Internals;

/// <summary>
/// The contact's conversations and what it wrote in them: addresses and text replaced, rows kept (counts, times,
/// keywords matched). Found by contact id and by address, since a merge leaves older rows on the address alone.
/// </summary>
internal sealed class ConversationDataEraser : IPersonalDataEraser
{
    public async Task EraseAsync(PersonalDataErasure erasure, HubDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(erasure);
        ArgumentNullException.ThrowIfNull(db);
        var addresses = erasure.Addresses.ToList();
        var inbound = await db.InboundMessages
            .Where(m => m.ContactId == erasure.ContactId || addresses.Contains(m.From) || (m.To != null && addresses.Contains(m.To)))
            .ToListAsync(cancellationToken);
        foreach (var message in inbound)
        {
            message.From = addresses.Contains(message.From) || message.ContactId == erasure.ContactId ? PersonalDataErasure.Erased : message.From;
            message.To = message.To is not null && addresses.Contains(message.To) ? PersonalDataErasure.Erased : message.To;
            message.Text = PersonalDataErasure.Erased;
        }
        var conversations = await db.Conversations
            .Where(c => c.ContactId == erasure.ContactId || addresses.Contains(c.Address))
            .ToListAsync(cancellationToken);
        foreach (var conversation in conversations)
        {
            conversation.Address = PersonalDataErasure.Erased;
        }
    }
}
