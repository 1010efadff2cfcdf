using Hub.Contacts;
using Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.Messaging.Internals;

/// <summary>
/// Messages and send requests. Those to the contact (by address or contact id) lose their address and content
/// entirely; one still queued is skipped with reason <c>erased</c> instead of going out. Those composed from an
/// event that names the contact but sent to someone else (a shop's own notice) keep their content with the
/// contact's phones, emails and names replaced.
/// </summary>
internal sealed class MessagingDataEraser : IPersonalDataEraser
{
    public const string ErasedReason = "erased";

    public async Task EraseAsync(PersonalDataErasure erasure, HubDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(erasure);
        ArgumentNullException.ThrowIfNull(db);
        var addresses = erasure.Addresses.ToList();
        var eventIds = erasure.EventIds.ToList();
        var contactId = erasure.ContactId;
        var messages = await db.Messages
            .Where(m => addresses.Contains(m.To) || m.ContactId == contactId || (m.EventId != null && eventIds.Contains(m.EventId)))
            .ToListAsync(cancellationToken);
        var toContact = new HashSet<Guid>();
        foreach (var message in messages)
        {
            if (addresses.Contains(message.To) || message.ContactId == contactId)
            {
                toContact.Add(message.SendRequestId);
                EraseToContact(message, erasure);
            }
            else
            {
                message.Subject = erasure.ScrubOrNull(message.Subject);
                message.Body = erasure.Scrub(message.Body);
                message.Html = erasure.ScrubOrNull(message.Html);
                message.RichContent = message.RichContent is null ? null : erasure.ScrubJson(message.RichContent);
            }
            message.LastError = erasure.ScrubOrNull(message.LastError);
            message.MovedOnReason = erasure.ScrubOrNull(message.MovedOnReason);
        }
        var requestIds = toContact.ToList();
        var requests = await db.SendRequests
            .Where(r => requestIds.Contains(r.Id) || (r.Phone != null && addresses.Contains(r.Phone)) || (r.Email != null && addresses.Contains(r.Email))
                || (r.EventId != null && eventIds.Contains(r.EventId)))
            .ToListAsync(cancellationToken);
        foreach (var request in requests)
        {
            var mine = requestIds.Contains(request.Id) || addresses.Contains(request.Phone ?? "") || addresses.Contains(request.Email ?? "");
            request.Phone = request.Phone is not null && (mine || addresses.Contains(request.Phone)) ? PersonalDataErasure.Erased : request.Phone;
            request.Email = request.Email is not null && (mine || addresses.Contains(request.Email)) ? PersonalDataErasure.Erased : request.Email;
            request.ModelJson = mine ? "{}" : erasure.ScrubJson(request.ModelJson);
            request.Text = request.Text is null ? null : mine ? PersonalDataErasure.Erased : erasure.Scrub(request.Text);
            request.ProtectedSecrets = mine ? null : request.ProtectedSecrets;
        }
    }

    private static void EraseToContact(MessageRecord message, PersonalDataErasure erasure)
    {
        message.To = PersonalDataErasure.Erased;
        message.Subject = message.Subject is null ? null : PersonalDataErasure.Erased;
        message.Body = PersonalDataErasure.Erased;
        message.Html = message.Html is null ? null : PersonalDataErasure.Erased;
        message.RichContent = null;
        message.ProtectedContent = null;
        if (message.Status == MessageStatus.Queued || message.IsHeld)
        {
            // Nothing may go to an address that is no longer there; the row keeps the count.
            message.Status = MessageStatus.Skipped;
            message.SkipReason = ErasedReason;
            message.FallbackChannels = null;
            message.HeldUntil = null;
        }
        message.UpdatedAt = erasure.Now;
    }
}
