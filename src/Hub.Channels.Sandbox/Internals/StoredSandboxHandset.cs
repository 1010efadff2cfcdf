using System.Text.Json;
using System.Text.Json.Serialization;
using Hub.Channels;
using Hub.Runtime;
using Hub.Storage;
using Hub.Storage.Workspaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Channels.Sandbox.Internals;

/// <summary>
/// Stores delivered messages in <c>sandbox_messages</c> in a transaction of its own, as a real provider's side keeps
/// what it was handed even if Hub then fails to commit: the delivery job that retries hands over the same message id,
/// which is recorded once.
/// </summary>
internal sealed class StoredSandboxHandset(IServiceScopeFactory scopes, SqliteWriteGate writeGate, TimeProvider time) : ISandboxHandset
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    /// <summary>In the shape of the message's own <c>rich_content</c>, so the handset shows what the template rendered.</summary>
    private static string? RichParts(OutboundMessage message) =>
        message.WhatsAppTemplate is null && message.Card is null && message.Suggestions.Count == 0 && message.FallbackSms is null
            ? null
            : JsonSerializer.Serialize(new
            {
                message.WhatsAppTemplate,
                message.Card,
                Suggestions = message.Suggestions.Count == 0 ? null : message.Suggestions,
                message.FallbackSms,
            }, Json);

    public async Task RecordAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        if (message.WorkspaceId is { Length: > 0 } workspaceId)
        {
            scope.ServiceProvider.GetRequiredService<WorkspaceScope>().Enter(workspaceId);
        }
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        if (await db.SandboxMessages.AnyAsync(m => m.MessageId == message.Id, cancellationToken))
        {
            return;
        }
        db.SandboxMessages.Add(new SandboxMessage
        {
            Id = Guid.CreateVersion7(),
            MessageId = message.Id,
            Channel = message.Channel,
            To = message.To,
            Subject = message.Subject,
            Text = message.Body,
            Html = message.HtmlBody,
            RichContent = RichParts(message),
            DeliveredAt = time.GetUtcNow(),
        });
        using var turn = await writeGate.EnterAsync(db, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same message handed over twice at once: the other copy is the record.
            if (!await db.SandboxMessages.AsNoTracking().AnyAsync(m => m.MessageId == message.Id, CancellationToken.None))
            {
                throw;
            }
        }
    }
}
