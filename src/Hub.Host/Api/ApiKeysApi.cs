using Hub.Access;
using Hub.Access.Keys;
using Hub.Api.Contracts;
using Hub.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Hub.Host.Api;

/// <summary>The caller's workspace's API keys: created (the key shown once), listed without keys, revoked.</summary>
internal static class ApiKeysApi
{
    private const int MaxNameLength = 100;

    public static IEndpointRouteBuilder MapApiKeysApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapAdminGroup("api-keys", "API keys", AccessPolicies.Admin);
        group.MapPost("", CreateAsync).WithSummary("Creates a key with a name and a role in the caller's workspace; the key is in this answer only.");
        group.MapGet("", ListAsync).WithSummary("Lists the workspace's keys (their first characters, never the keys), revoked ones too.");
        group.MapDelete("/{id:guid}", RevokeAsync).WithSummary("Revokes a key: every process refuses it within a second.");
        return app;
    }

    private static async Task<Results<Created<ApiKeyCreatedResponse>, ValidationProblem>> CreateAsync(
        ApiKeyRequest request, HttpContext context, HubDbContext db, ApiKeyDirectory directory, TimeProvider time, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var name = request.Name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > MaxNameLength)
        {
            errors["name"] = [$"A name of 1 to {MaxNameLength} characters is required (it names the key in lists and in the audit log)."];
        }
        if (!AccessRoles.IsAssignable(request.Role))
        {
            errors["role"] = [$"The role must be one of {string.Join(", ", AccessRoles.Assignable)}."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The key is not valid.");
        }
        var caller = Caller.From(context.User)!;
        var key = ApiKeySecrets.NewKey();
        var record = new ApiKey
        {
            Id = Guid.CreateVersion7(),
            Name = name!,
            Role = request.Role!,
            Prefix = ApiKeySecrets.Shown(key),
            Hash = ApiKeySecrets.HashOf(key),
            CreatedAt = time.GetUtcNow(),
            CreatedBy = caller.Actor,
        };
        db.ApiKeys.Add(record);
        await db.SaveChangesAsync(ct);
        await directory.ChangedAsync(ct);
        return TypedResults.Created($"/api/v1/api-keys/{record.Id}",
            new ApiKeyCreatedResponse(record.Id, key, record.Name, record.Role, record.WorkspaceId, record.CreatedAt));
    }

    private static async Task<Ok<List<ApiKeyResponse>>> ListAsync(HubDbContext db, ApiKeyUsage usage, CancellationToken ct)
    {
        var keys = await db.ApiKeys.AsNoTracking().OrderBy(k => k.CreatedAt).ToListAsync(ct);
        return TypedResults.Ok(keys.Select(k => new ApiKeyResponse(
            k.Id, k.Name, k.Role, k.Prefix, k.WorkspaceId, k.CreatedAt, k.CreatedBy,
            Latest(k.LastUsedAt, usage.LastSeen(k.Id)), k.RevokedAt)).ToList());
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RevokeAsync(
        Guid id, HubDbContext db, ApiKeyDirectory directory, TimeProvider time, CancellationToken ct)
    {
        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == id, ct);
        if (key is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Key not found",
                detail: $"There is no API key '{id}' in this workspace.");
        }
        if (key.RevokedAt is null)
        {
            key.RevokedAt = time.GetUtcNow();
            await db.SaveChangesAsync(ct);
        }
        await directory.ChangedAsync(ct);
        return TypedResults.NoContent();
    }

    private static DateTimeOffset? Latest(DateTimeOffset? stored, DateTimeOffset? seen) =>
        stored is null ? seen : seen is null ? stored : stored > seen ? stored : seen;
}
