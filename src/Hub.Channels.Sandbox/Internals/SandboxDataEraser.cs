using Hub.Contacts;
using Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.Channels.Sandbox.Internals;

/// <summary>What the sandbox delivered to the contact's addresses, or received from them: address and content replaced.</summary>
internal sealed class SandboxDataEraser : IPersonalDataEraser
{
    public async Task EraseAsync(PersonalDataErasure erasure, HubDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(erasure);
        ArgumentNullException.ThrowIfNull(db);
        var addresses = erasure.Addresses.ToList();
        var delivered = await db.SandboxMessages.Where(m => addresses.Contains(m.To) || (m.From != null && addresses.Contains(m.From))).ToListAsync(cancellationToken);
        foreach (var message in delivered)
        {
            message.To = addresses.Contains(message.To) ? PersonalDataErasure.Erased : message.To;
            message.From = message.From is not null && addresses.Contains(message.From) ? PersonalDataErasure.Erased : message.From;
            message.Subject = message.Subject is null ? null : PersonalDataErasure.Erased;
            message.Text = PersonalDataErasure.Erased;
            message.Html = message.Html is null ? null : PersonalDataErasure.Erased;
            message.RichContent = null;
        }
    }
}
