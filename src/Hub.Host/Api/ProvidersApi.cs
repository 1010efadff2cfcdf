using Hub.Access;
using Hub.Access.Audit;
using System.Security.Claims;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Hub.Api.Contracts;
using Hub.Channels;
using Hub.Messaging;
using Hub.Storage;
using Hub.Storage.Notifications;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Hub.Host.Api;

/// <summary>
/// Provider instances of the caller's workspace. Credentials are write-only: encrypted at rest and answered only as
/// the names that are set. Every change is published so that every process's cached copy follows within milliseconds.
/// </summary>
internal static partial class ProvidersApi
{
    public static IEndpointRouteBuilder MapProvidersApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapAdminGroup("providers", "Providers", AccessPolicies.ReadAdmin);
        group.MapGet("", ListAsync).WithSummary("Lists the provider instances, the built-in sandbox first.");
        group.MapGet("/{id}", GetAsync).WithSummary("Shows one provider instance (never its credentials).");
        group.MapPut("/{id}", PutAsync).WithSummary("Creates or updates a provider instance; its settings and credentials are checked against its type.");
        group.MapDelete("/{id}", DeleteAsync).WithSummary("Deletes a provider instance that no channel route names.");
        return app;
    }

    private static async Task<Ok<List<ProviderResponse>>> ListAsync(HubDbContext db, ProviderCredentials credentials, CancellationToken ct)
    {
        var providers = await db.Providers.AsNoTracking().OrderBy(p => p.Id).ToListAsync(ct);
        var routes = await db.ChannelRoutes.AsNoTracking().ToListAsync(ct);
        return TypedResults.Ok<List<ProviderResponse>>([BuiltIn(routes), .. providers.Select(p => Describe(p, credentials, routes))]);
    }

    private static async Task<Results<Ok<ProviderResponse>, ProblemHttpResult>> GetAsync(string id, HubDbContext db, ProviderCredentials credentials, CancellationToken ct)
    {
        var routes = await db.ChannelRoutes.AsNoTracking().ToListAsync(ct);
        if (BuiltInProviders.IsBuiltIn(id))
        {
            return TypedResults.Ok(BuiltIn(routes));
        }
        var provider = await db.Providers.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        return provider is null ? NotFound(id) : TypedResults.Ok(Describe(provider, credentials, routes));
    }

    private static async Task<Results<Created<ProviderResponse>, Ok<ProviderResponse>, ValidationProblem, ProblemHttpResult>> PutAsync(
        string id, ProviderRequest request, HubDbContext db, IChannelProviderResolver resolver, ProviderCredentials credentials,
        ProviderDirectory directory, IChangeNotifications notifications, TimeProvider time, IAuditLog audit, ClaimsPrincipal user, CancellationToken ct)
    {
        var existing = await db.Providers.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (existing is null && await db.Providers.IgnoreQueryFilters().AnyAsync(p => p.Id == id, ct))
        {
            // Callbacks arrive at /providers/{id}/... without a workspace, so the id is unique across workspaces.
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Provider id taken",
                detail: $"Provider id '{id}' is used in another workspace; choose another.");
        }
        // Omitted credentials are kept; they are checked again, as the type may have changed.
        var effectiveCredentials = request.Credentials ?? ToJson(credentials.Unprotect(existing?.ProtectedCredentials));
        var errors = Validate(id, request, effectiveCredentials, resolver);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The provider is not valid.");
        }
        var now = time.GetUtcNow();
        var before = existing is null ? null : Audited(existing, credentials);
        if (existing is null)
        {
            existing = new ProviderInstance { Id = id, Type = request.Type!, CreatedAt = now };
            db.Providers.Add(existing);
        }
        existing.Type = request.Type!;
        existing.SettingsJson = (request.Settings ?? []).ToJsonString();
        if (request.Credentials is not null)
        {
            existing.ProtectedCredentials = credentials.Protect(request.Credentials.ToDictionary(c => c.Key, c => c.Value!.GetValue<string>(), StringComparer.Ordinal));
        }
        existing.UpdatedAt = now;
        var created = db.Entry(existing).State == EntityState.Added;
        // In the change's commit: which credentials changed, never their values.
        audit.Record(Caller.From(user)!, created ? AuditActions.ProviderCreated : AuditActions.ProviderUpdated, AuditResources.Provider, id,
            before?.Snapshot, Audited(existing, credentials).After(before));
        await db.SaveChangesAsync(ct);
        await PublishAsync(id, notifications, directory, ct);
        var response = Describe(existing, credentials, await db.ChannelRoutes.AsNoTracking().ToListAsync(ct));
        return created ? TypedResults.Created($"/api/v1/providers/{id}", response) : TypedResults.Ok(response);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        string id, HubDbContext db, ProviderCredentials credentials, ProviderDirectory directory, IChangeNotifications notifications,
        IAuditLog audit, ClaimsPrincipal user, CancellationToken ct)
    {
        if (BuiltInProviders.IsBuiltIn(id))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Built in",
                detail: "The sandbox provider is built in and cannot be deleted.");
        }
        // A route never names a missing provider: the channel would have no way out.
        var routes = await db.ChannelRoutes.AsNoTracking().ToListAsync(ct);
        if (routes.Where(r => r.ProviderIds.Contains(id)).Select(r => r.Channel).ToList() is { Count: > 0 } channels)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Provider in use",
                detail: $"Provider '{id}' carries {string.Join(", ", channels)}; set those channels' providers first.");
        }
        var provider = await db.Providers.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (provider is null)
        {
            return NotFound(id);
        }
        audit.Record(Caller.From(user)!, AuditActions.ProviderDeleted, AuditResources.Provider, id, Audited(provider, credentials).Snapshot);
        db.Providers.Remove(provider);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Deleted by another request meanwhile; the entry went with the failed commit.
            return NotFound(id);
        }
        await PublishAsync(id, notifications, directory, ct);
        return TypedResults.NoContent();
    }

    /// <summary>Tells every process, and reloads this one's copy before answering, so that a send right after sees the change.</summary>
    internal static async Task PublishAsync(string what, IChangeNotifications notifications, ProviderDirectory directory, CancellationToken ct)
    {
        await notifications.PublishAsync(ProviderDirectory.ChangeChannel, what, ct);
        await directory.RefreshAsync(ct);
    }

    private static Dictionary<string, string[]> Validate(string id, ProviderRequest request, JsonObject credentials, IChannelProviderResolver resolver)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (BuiltInProviders.IsBuiltIn(id))
        {
            errors["id"] = [$"'{id}' is the built-in provider; choose another id (a provider of type '{id}' may have any other)."];
        }
        else if (!IdPattern().IsMatch(id))
        {
            errors["id"] = ["Use 1-50 characters: lowercase letters, digits, '-' and '_', starting with a letter or digit."];
        }
        if (string.IsNullOrWhiteSpace(request.Type))
        {
            errors["type"] = ["The provider type is required."];
        }
        else if (resolver.FindType(request.Type) is not { } type)
        {
            errors["type"] = [$"Unknown provider type '{request.Type}'. Known types: {string.Join(", ", resolver.Types.Select(t => t.Type).Order())}."];
        }
        else
        {
            foreach (var (field, messages) in ProviderConfigurationValidator.Validate(type, request.Settings, credentials))
            {
                errors[field] = messages;
            }
        }
        return errors;
    }

    private static AuditedProvider Audited(ProviderInstance provider, ProviderCredentials credentials) =>
        new(provider.Type, provider.ReadSettings(), credentials.Unprotect(provider.ProtectedCredentials));

    private static ProviderResponse Describe(ProviderInstance provider, ProviderCredentials credentials, List<ChannelRoute> routes) => new(
        provider.Id, provider.Type, provider.ReadSettings(), [.. credentials.Unprotect(provider.ProtectedCredentials).Keys.Order()],
        ChannelsOf(provider.Id, routes), BuiltIn: false, provider.CreatedAt, provider.UpdatedAt);

    private static ProviderResponse BuiltIn(List<ChannelRoute> routes) => new(
        BuiltInProviders.Sandbox, BuiltInProviders.Sandbox, [], [], ChannelsOf(BuiltInProviders.Sandbox, routes), BuiltIn: true, null, null);

    private static List<string> ChannelsOf(string id, List<ChannelRoute> routes) =>
        [.. routes.Where(r => r.ProviderIds.Contains(id)).Select(r => r.Channel).Order()];

    private static JsonObject ToJson(IReadOnlyDictionary<string, string> credentials) =>
        new(credentials.Select(c => KeyValuePair.Create(c.Key, (JsonNode?)JsonValue.Create(c.Value))));

    private static ProblemHttpResult NotFound(string id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"Provider '{id}' does not exist.");

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]{0,49}$")]
    private static partial Regex IdPattern();
}
