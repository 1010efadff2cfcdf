using System.Globalization;
using System.Text.Json.Nodes;
using Hub.Contacts;
using Hub.Messaging;
using Hub.Runtime.Jobs;
using Hub.Storage;
using Hub.Templates;
using Microsoft.EntityFrameworkCore;

namespace Hub.Conversations;

/// <summary>
/// Staff answering a conversation (<c>POST /api/v1/conversations/{id}/messages</c>): free text while the channel's
/// service window is open (always on SMS, RCS and email), an approved template otherwise. Sent through the send path
/// as a <c>transactional</c> message to the conversation's address on its channel only, so it shows in the conversation.
/// </summary>
public sealed class StaffReplies(HubDbContext db, ISendRequests sends, IWorkspaceTemplates templates, IContactStore contacts, JobSignal signal, TimeProvider time)
{
    public async Task<StaffReplyOutcome> ReplyAsync(Guid conversationId, string? text, string? template, JsonObject? data, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text) == string.IsNullOrWhiteSpace(template))
        {
            return StaffReplyOutcome.Invalid(string.IsNullOrWhiteSpace(text) ? "text" : "template", "Send either text (free text) or template (with data), not both nor neither.");
        }
        var conversation = await db.Conversations.FirstOrDefaultAsync(c => c.Id == conversationId, cancellationToken);
        if (conversation is null)
        {
            return StaffReplyOutcome.Problem(404, "Not found", $"Conversation '{conversationId}' does not exist.");
        }
        var now = time.GetUtcNow();
        var window = await db.ServiceWindows.FindAsync([db.WorkspaceId, conversation.Channel, conversation.Address], cancellationToken);
        var closesAt = ServiceWindows.ClosesAt(conversation.Channel, window);
        var open = closesAt is null || closesAt > now;
        var contact = await contacts.FindByAddressAsync(conversation.Address, cancellationToken);
        if (template is not null && !string.IsNullOrWhiteSpace(template))
        {
            var found = templates.ForWorkspace(db.WorkspaceId).Find(template);
            if (found is null)
            {
                return StaffReplyOutcome.Invalid("template", $"No published template '{template}'.");
            }
            if (!found.HasChannel(conversation.Channel))
            {
                return StaffReplyOutcome.Invalid("template", $"Template '{template}' has no {conversation.Channel} variant; it has: {string.Join(", ", found.Channels)}.");
            }
            if (!open && !found.HasApprovedWhatsAppTemplate(contact?.Locale))
            {
                return StaffReplyOutcome.Problem(409, "Service window closed",
                    $"{WindowClosed(window, closesAt!.Value)} Template '{template}' has no approved WhatsApp template variant (its whatsapp variant is free text only), so it cannot be sent outside the window.");
            }
        }
        else if (!open)
        {
            return StaffReplyOutcome.Problem(409, "Service window closed",
                $"{WindowClosed(window, closesAt!.Value)} Free text cannot be sent outside it: send a template with an approved WhatsApp template variant.");
        }
        var email = ContactAddresses.IsEmail(conversation.Address);
        SendRequestResult result;
        try
        {
            result = sends.Request(new SendRequest
            {
                Template = string.IsNullOrWhiteSpace(template) ? null : template,
                Text = string.IsNullOrWhiteSpace(template) ? text : null,
                Channels = [conversation.Channel],
                Phone = email ? null : conversation.Address,
                Email = email ? conversation.Address : null,
                Model = Model(data, conversation.Address, email, contact, now),
                Locale = contact?.Locale,
                Purpose = ConsentPurposes.Transactional,
            });
        }
        catch (SendRequestException ex)
        {
            db.ChangeTracker.Clear();
            return StaffReplyOutcome.Problem(422, "The template cannot be rendered with this data.", ex.Message);
        }
        if (result.MessageId is not { } messageId)
        {
            db.ChangeTracker.Clear();
            return StaffReplyOutcome.Problem(422, "The reply cannot be sent.", result.SkipReason ?? $"No provider takes {conversation.Channel}.");
        }
        // Answering is reading: what the contact wrote until now has been seen.
        conversation.LastMessageAt = now;
        conversation.ReadAt = now;
        await db.SaveChangesAsync(cancellationToken);
        signal.Notify(JobLanes.Delivery);
        return StaffReplyOutcome.Sent(messageId, conversation.Channel);
    }

    private static string WindowClosed(ServiceWindow? window, DateTimeOffset closedAt) =>
        window is null
            ? "The contact has never written on WhatsApp, so its 24-hour service window is not open."
            : $"WhatsApp's 24-hour service window closed at {closedAt.ToString("O", CultureInfo.InvariantCulture)} (24 hours after the contact's last message).";

    /// <summary>What a template sees: the data at the top and under <c>event.data</c>, and <c>contact</c> with its address, as for a direct send.</summary>
    private static JsonObject Model(JsonObject? data, string address, bool email, Contact? contact, DateTimeOffset now) =>
        SendModels.ForData("conversation.reply", data, new JsonObject
        {
            ["phone"] = email ? contact?.Phone : address,
            ["email"] = email ? address : contact?.Email,
            ["firstName"] = contact?.FirstName,
            ["lastName"] = contact?.LastName,
            ["locale"] = contact?.Locale,
            ["timeZone"] = contact?.TimeZone,
        }, now);
}
