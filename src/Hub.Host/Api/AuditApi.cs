using System.Globalization;
using System.Text.Json.Nodes;
using Hub.Access;
using Hub.Access.Audit;
using Hub.Api.Contracts;
using Hub.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Hub.Host.Api;

/// <summary>The workspace's audit log: every configuration change, newest first (written by the handlers through <see cref="IAuditLog"/>).</summary>
internal static class AuditApi
{
    private const int MaxFilterLength = 320;

    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapAdminGroup("audit", "Audit", AccessPolicies.Admin);
        group.MapGet("", ListAsync).WithSummary(
            "Lists configuration changes, newest first: who, what, when, before and after with secrets redacted. Filters: actor, action, " +
            "resourceType, resourceId (exact), since and until (ISO 8601 instants, since inclusive, until exclusive); limit and offset page.");
        return app;
    }

    private static async Task<Results<Ok<List<AuditEntryResponse>>, ValidationProblem>> ListAsync(
        HubDbContext db, string? actor, string? action, string? resourceType, string? resourceId, string? since, string? until,
        int? limit, int? offset, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (name, value) in new[] { ("actor", actor), ("action", action), ("resourceType", resourceType), ("resourceId", resourceId) })
        {
            if (value is { Length: > MaxFilterLength })
            {
                errors[name] = [$"At most {MaxFilterLength} characters."];
            }
        }
        var from = ReadInstant("since", since, errors);
        var to = ReadInstant("until", until, errors);
        if (from is not null && to is not null && from >= to)
        {
            errors["until"] = ["Must be later than since."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The audit filter is not valid.");
        }
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrEmpty(actor))
        {
            query = query.Where(e => e.Actor == actor);
        }
        if (!string.IsNullOrEmpty(action))
        {
            query = query.Where(e => e.Action == action);
        }
        if (!string.IsNullOrEmpty(resourceType))
        {
            query = query.Where(e => e.ResourceType == resourceType);
        }
        if (!string.IsNullOrEmpty(resourceId))
        {
            query = query.Where(e => e.ResourceId == resourceId);
        }
        if (from is { } start)
        {
            query = query.Where(e => e.At >= start);
        }
        if (to is { } end)
        {
            query = query.Where(e => e.At < end);
        }
        var entries = await query.OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Skip(Paging.Offset(offset)).Take(Paging.Limit(limit)).ToListAsync(ct);
        return TypedResults.Ok(entries.Select(ToResponse).ToList());
    }

    /// <summary>An ISO 8601 instant with its offset (or Z); a date or a time without one is refused rather than guessed.</summary>
    private static DateTimeOffset? ReadInstant(string name, string? value, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }
        if (value.Length <= 40 && HasOffset(value)
            && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            return instant.ToUniversalTime();
        }
        errors[name] = ["Give an ISO 8601 instant with its offset, such as 2026-12-01T09:30:00Z."];
        return null;
    }

    private static bool HasOffset(string value) =>
        value.EndsWith('Z') || value.EndsWith('z') || (value.Length > 6 && value[^6] is '+' or '-' && value[^3] == ':');

    private static AuditEntryResponse ToResponse(AuditEntry e) => new(
        e.Id, e.At, e.Actor, e.KeyId, e.UserId, e.Action, e.ResourceType, e.ResourceId,
        e.BeforeJson is null ? null : JsonNode.Parse(e.BeforeJson), e.AfterJson is null ? null : JsonNode.Parse(e.AfterJson));
}
