using Hub.Access;
using Hub.Api.Contracts;
using Hub.Contacts;
using Hub.Conversations;
using Hub.Messaging;
using Hub.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

using Hub.Host.Infrastructure;

namespace Hub.Host.Api;

/// <summary>
/// The inbox: one conversation per contact and channel, with what the contact wrote and what Hub sent, its unread
/// state and assignee, and staff replies. Reading is safe (<c>GET</c> changes nothing); <c>POST .../read</c> marks a
/// conversation read, and so does a staff reply.
/// </summary>
internal static class ConversationsApi
{
    private const int MaxAssigneeLength = 200;
    private const int MaxTextLength = 4096;

    /// <summary>A conversation shows at most this many of its newest messages of each direction.</summary>
    private const int MaxMessages = 500;

    public static IEndpointRouteBuilder MapConversationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapAdminGroup("conversations", "Conversations", AccessPolicies.ReadEdit)
            .AddEndpointFilter<PersonalDataMaskFilter>();
        group.MapGet("", ListAsync).WithSummary(
            "Lists conversations, newest activity first; filter by unread=true|false, assigned=<user>, unassigned=true, channel.");
        group.MapGet("/{id:guid}", GetAsync).WithSummary(
            "One conversation with its inbound and outbound messages in order (outbound with status) and whether free text may go now. Does not mark it read.");
        group.MapPost("/{id:guid}/read", ReadAsync).WithSummary("Marks the conversation read: what the contact wrote until now is no longer unread.");
        group.MapPut("/{id:guid}/assignee", AssignAsync).WithSummary("Assigns the conversation to a user ({\"assignee\": \"kari\"}); null or empty unassigns it.");
        group.MapPost("/{id:guid}/messages", ReplyAsync).WithSummary(
            "Staff reply: {\"text\"} inside the channel's service window (WhatsApp: 24 h since the contact last wrote; SMS, RCS and email: always), "
            + "or {\"template\", \"data\"} (outside WhatsApp's window only with an approved WhatsApp template variant). 202 with the message id; 409 when the window is closed.");
        return app;
    }

    private static async Task<Results<Ok<List<ConversationResponse>>, ValidationProblem>> ListAsync(HubDbContext db, bool? unread, string? assigned,
        bool? unassigned, string? channel, int? limit, int? offset, CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(assigned) && unassigned == true)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["unassigned"] = ["Give assigned=<user> or unassigned=true, not both."] });
        }
        var query = db.Conversations.AsNoTracking();
        if (unread is { } wanted)
        {
            query = wanted
                ? query.Where(c => c.LastInboundAt != null && (c.ReadAt == null || c.LastInboundAt > c.ReadAt))
                : query.Where(c => c.LastInboundAt == null || (c.ReadAt != null && c.LastInboundAt <= c.ReadAt));
        }
        if (!string.IsNullOrEmpty(assigned))
        {
            query = query.Where(c => c.Assignee == assigned);
        }
        if (unassigned is { } none)
        {
            query = none ? query.Where(c => c.Assignee == null) : query.Where(c => c.Assignee != null);
        }
        if (!string.IsNullOrEmpty(channel))
        {
            query = query.Where(c => c.Channel == channel);
        }
        var conversations = await query.OrderByDescending(c => c.LastMessageAt).ThenByDescending(c => c.Id)
            .Skip(Paging.Offset(offset)).Take(Paging.Limit(limit)).ToListAsync(ct);
        var counts = await UnreadAsync(db, conversations, ct);
        return TypedResults.Ok(conversations.Select(c => ToResponse(c, counts.GetValueOrDefault(c.Id))).ToList());
    }

    private static async Task<Results<Ok<ConversationDetailResponse>, ProblemHttpResult>> GetAsync(Guid id, HubDbContext db, TimeProvider time, CancellationToken ct)
    {
        var conversation = await db.Conversations.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (conversation is null)
        {
            return NotFound(id);
        }
        var inbound = await db.InboundMessages.AsNoTracking().Where(m => m.ConversationId == id)
            .OrderByDescending(m => m.CreatedAt).Take(MaxMessages).ToListAsync(ct);
        var outbound = await db.Messages.AsNoTracking().Where(m => m.To == conversation.Address && m.Channel == conversation.Channel)
            .OrderByDescending(m => m.CreatedAt).Take(MaxMessages).ToListAsync(ct);
        var messages = inbound.Select(m => (At: m.ReceivedAt, Response: new ConversationMessageResponse(m.Id, "inbound", m.Text, m.ReceivedAt)
            {
                Keyword = m.Keyword,
                InReplyTo = m.InReplyToMessageId,
                EventId = m.EventId,
            }))
            .Concat(outbound.Select(m => (At: m.CreatedAt, Response: new ConversationMessageResponse(m.Id, "outbound", m.Body, m.CreatedAt)
            {
                Status = m.Status.ToString().ToLowerInvariant(),
                Purpose = m.Purpose,
                TemplateId = m.TemplateId,
            })))
            .OrderBy(m => m.At).ThenBy(m => m.Response.Id)
            .Select(m => m.Response)
            .ToList();
        var window = await db.ServiceWindows.AsNoTracking()
            .FirstOrDefaultAsync(w => w.Channel == conversation.Channel && w.Address == conversation.Address, ct);
        var closesAt = ServiceWindows.ClosesAt(conversation.Channel, window);
        var unread = inbound.Count(m => conversation.ReadAt is null || m.CreatedAt > conversation.ReadAt);
        return TypedResults.Ok(new ConversationDetailResponse(ToResponse(conversation, unread), messages,
            closesAt is null || closesAt > time.GetUtcNow(), window is null ? null : closesAt));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> ReadAsync(Guid id, HubDbContext db, TimeProvider time, CancellationToken ct)
    {
        var conversation = await db.Conversations.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (conversation is null)
        {
            return NotFound(id);
        }
        conversation.ReadAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<ConversationResponse>, ValidationProblem, ProblemHttpResult>> AssignAsync(
        Guid id, ConversationAssigneeRequest request, HubDbContext db, CancellationToken ct)
    {
        var assignee = string.IsNullOrWhiteSpace(request.Assignee) ? null : request.Assignee.Trim();
        if (assignee is { Length: > MaxAssigneeLength })
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["assignee"] = [$"At most {MaxAssigneeLength} characters."] });
        }
        var conversation = await db.Conversations.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (conversation is null)
        {
            return NotFound(id);
        }
        conversation.Assignee = assignee;
        await db.SaveChangesAsync(ct);
        var counts = await UnreadAsync(db, [conversation], ct);
        return TypedResults.Ok(ToResponse(conversation, counts.GetValueOrDefault(conversation.Id)));
    }

    private static async Task<Results<Accepted<ConversationReplyResponse>, ValidationProblem, ProblemHttpResult>> ReplyAsync(
        Guid id, ConversationReplyRequest request, StaffReplies replies, CancellationToken ct)
    {
        if (request.Text is { Length: > MaxTextLength })
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["text"] = [$"At most {MaxTextLength} characters."] });
        }
        var outcome = await replies.ReplyAsync(id, request.Text, request.Template, request.Data, ct);
        if (outcome.Errors is { } errors)
        {
            return TypedResults.ValidationProblem(errors, title: outcome.Title);
        }
        if (outcome.MessageId is not { } messageId)
        {
            return TypedResults.Problem(statusCode: outcome.Status, title: outcome.Title, detail: outcome.Detail);
        }
        return TypedResults.Accepted($"/api/v1/messages/{messageId}", new ConversationReplyResponse(messageId, id, outcome.Channel!));
    }

    /// <summary>Inbound messages recorded after each conversation was last read.</summary>
    private static async Task<Dictionary<Guid, int>> UnreadAsync(HubDbContext db, IReadOnlyList<Conversation> conversations, CancellationToken ct)
    {
        var ids = conversations.Where(c => c.LastInboundAt is not null && (c.ReadAt is null || c.LastInboundAt > c.ReadAt)).Select(c => c.Id).ToList();
        if (ids.Count == 0)
        {
            return [];
        }
        var unread = await (from m in db.InboundMessages
                            join c in db.Conversations on m.ConversationId equals c.Id
                            where ids.Contains(c.Id) && (c.ReadAt == null || m.CreatedAt > c.ReadAt)
                            group m by m.ConversationId into g
                            select new { Id = g.Key, Count = g.Count() }).ToListAsync(ct);
        return unread.ToDictionary(u => u.Id, u => u.Count);
    }

    private static ConversationResponse ToResponse(Conversation c, int unread) =>
        new(c.Id, c.ContactId, c.Channel, c.Address, c.Assignee, unread, c.LastMessageAt, c.LastInboundAt, c.ReadAt, c.CreatedAt);

    private static ProblemHttpResult NotFound(Guid id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"Conversation '{id}' does not exist.");
}
