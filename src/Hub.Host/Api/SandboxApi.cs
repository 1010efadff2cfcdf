using Hub.Access;
using System.Text.Json.Nodes;
using Hub.Api.Contracts;
using Hub.Channels.Sandbox;
using Hub.Core.Channels;
using Hub.Intake;
using Hub.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

using Hub.Host.Infrastructure;

namespace Hub.Host.Api;

/// <summary>
/// The sandbox handset: what the sandbox provider delivered, unmasked, as the recipient's phone or inbox shows it;
/// and replies played from it, which become <c>message.received</c> events like any other.
/// </summary>
internal static class SandboxApi
{
    /// <summary>The pseudo connector and CloudEvents source of replies played from the handset.</summary>
    public const string ConnectorId = "sandbox";

    private const int MaxTextLength = 4096;

    public static IEndpointRouteBuilder MapSandboxApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapAdminGroup("sandbox", "Sandbox", AccessPolicies.ReadEdit)
            .AddEndpointFilter<PersonalDataMaskFilter>();
        group.MapGet("/messages", ListAsync).WithSummary("Lists what the sandbox delivered (unmasked), newest first; filter by to.");
        group.MapPost("/inbound", ReplyAsync).WithSummary("Plays a message from a sandbox handset: it becomes a message.received event.");
        return app;
    }

    private static async Task<Ok<List<SandboxMessageResponse>>> ListAsync(HubDbContext db, string? to, int? limit, int? offset, CancellationToken ct)
    {
        var query = db.SandboxMessages.AsNoTracking();
        if (!string.IsNullOrEmpty(to))
        {
            query = query.Where(m => m.To == to);
        }
        var messages = await query.OrderByDescending(m => m.DeliveredAt).ThenByDescending(m => m.Id)
            .Skip(Paging.Offset(offset)).Take(Paging.Limit(limit)).ToListAsync(ct);
        return TypedResults.Ok(messages
            .Select(m => new SandboxMessageResponse(m.MessageId, m.Channel, m.From, m.To, m.Subject, m.Text, m.Html, m.DeliveredAt,
                m.RichContent is null ? null : System.Text.Json.JsonSerializer.Deserialize<System.Text.Json.JsonElement>(m.RichContent)))
            .ToList());
    }

    private static async Task<Results<Accepted<PublishedEvent>, ValidationProblem>> ReplyAsync(
        SandboxInboundRequest request, EventPublisher publisher, TimeProvider time, CancellationToken ct)
    {
        var errors = Validate(request);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The handset's message is not valid.");
        }
        var result = await publisher.PublishAsync(InboundMessageEvent.Create("/sandbox/handset", Guid.CreateVersion7().ToString(),
            request.Channel!, request.From!, request.To, request.Text!, inReplyTo: null, postback: null, time.GetUtcNow()), ConnectorId, ct);
        if (!result.Accepted)
        {
            return TypedResults.ValidationProblem(result.Errors, title: "The handset's message is not a valid message.received event.");
        }
        return TypedResults.Accepted($"/api/v1/events/{result.EventId}", new PublishedEvent(result.EventId!, result.Duplicate));
    }

    private static Dictionary<string, string[]> Validate(SandboxInboundRequest request)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (request.Channel is null || !ChannelNames.IsKnown(request.Channel))
        {
            errors["channel"] = [$"Required: one of {string.Join(", ", ChannelNames.All)}."];
        }
        if (string.IsNullOrWhiteSpace(request.From))
        {
            errors["from"] = ["Required: the handset's address, an E.164 number (an email address for email)."];
        }
        else if (request.Channel is not null && ChannelNames.IsKnown(request.Channel) && !IsAddressFor(request.Channel, request.From))
        {
            errors["from"] = [ChannelNames.AddressesByEmail(request.Channel) ? "Must be an email address." : "Must be an E.164 phone number, e.g. +4791234567."];
        }
        if (string.IsNullOrEmpty(request.Text))
        {
            errors["text"] = ["Required: what the handset sends, e.g. STOP."];
        }
        else if (request.Text.Length > MaxTextLength)
        {
            errors["text"] = [$"At most {MaxTextLength} characters."];
        }
        return errors;
    }

    private static bool IsAddressFor(string channel, string address) =>
        ChannelNames.AddressesByEmail(channel)
            ? address.Contains('@', StringComparison.Ordinal) && !address.Any(char.IsWhiteSpace)
            : address.Length is >= 8 and <= 16 && address[0] == '+' && address.Skip(1).All(char.IsAsciiDigit) && address[1] != '0';
}
