using Hub.Access;
using Hub.Access.Audit;
using System.Security.Claims;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Hub.Api.Contracts;
using Hub.Connectors;
using Hub.Host.Api.Mappings;
using Hub.Intake;
using Hub.Messaging;
using Hub.Runtime;
using Hub.Runtime.Events;
using Hub.Runtime.Jobs;
using Hub.Storage;
using Hub.Storage.Notifications;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

using Hub.Host.Infrastructure;

namespace Hub.Host.Api;

internal static partial class ConnectorsApi
{
    public static IEndpointRouteBuilder MapConnectorsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapAdminGroup("connectors", "Connectors", AccessPolicies.ReadEdit);
        group.MapGet("", ListAsync);
        group.MapGet("/{id}", GetAsync);
        group.MapPut("/{id}", PutAsync).AddEndpointFilter<SecretsNeedAdminFilter>();
        group.MapDelete("/{id}", DeleteAsync);
        return app;
    }

    private static async Task<Ok<List<ConnectorResponse>>> ListAsync(HubDbContext db, ConnectorSecrets secrets, CancellationToken ct)
    {
        var connectors = await db.Connectors.AsNoTracking().OrderBy(c => c.Id).ToListAsync(ct);
        return TypedResults.Ok(connectors.Select(c => Describe(c, secrets)).ToList());
    }

    private static async Task<Results<Ok<ConnectorResponse>, ProblemHttpResult>> GetAsync(string id, HubDbContext db, ConnectorSecrets secrets, CancellationToken ct)
    {
        var connector = await db.Connectors.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        return connector is null ? NotFound(id) : TypedResults.Ok(Describe(connector, secrets));
    }

    private static async Task<Results<Created<ConnectorResponse>, Ok<ConnectorResponse>, ValidationProblem, ProblemHttpResult>> PutAsync(
        string id, ConnectorRequest request, HubDbContext db, IConnectorCatalog catalog, ConnectorSecrets secrets,
        IOptions<IngestOptions> ingest, ConnectorDirectory directory, IChangeNotifications notifications, TimeProvider time,
        IAuditLog audit, ClaimsPrincipal user, CancellationToken ct)
    {
        var existing = await db.Connectors.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (existing is null && await db.Connectors.IgnoreQueryFilters().AnyAsync(c => c.Id == id, ct))
        {
            // The id is the webhook URL, so it is unique across workspaces.
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Connector id taken",
                detail: $"Connector id '{id}' is used in another workspace; choose another.");
        }
        var errors = Validate(id, request, existing, catalog);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The connector is not valid.");
        }
        var now = time.GetUtcNow();
        var before = existing is null ? null : Audited(existing, secrets);
        var secretChanged = existing is null;
        if (existing is null)
        {
            existing = new ConnectorInstance
            {
                Id = id,
                Type = request.Type!,
                ProtectedSecret = secrets.Protect(request.Secret!),
                CreatedAt = now,
            };
            db.Connectors.Add(existing);
        }
        else
        {
            existing.Type = request.Type!;
            if (!string.IsNullOrEmpty(request.Secret) && secrets.Unprotect(existing.ProtectedSecret) != request.Secret)
            {
                // Rotation: the old secret keeps verifying for a while, so deliveries signed before it still pass.
                existing.ProtectedPreviousSecret = existing.ProtectedSecret;
                existing.PreviousSecretExpiresAt = now + (request.PreviousSecretValidForSeconds is { } seconds
                    ? TimeSpan.FromSeconds(seconds)
                    : ingest.Value.SecretRotationWindow);
                existing.ProtectedSecret = secrets.Protect(request.Secret);
                secretChanged = true;
            }
        }
        if (request.Credentials is not null)
        {
            existing.ProtectedCredentials = request.Credentials.Count == 0 ? null : secrets.ProtectCredentials(request.Credentials);
        }
        existing.SettingsJson = (request.Settings ?? []).ToJsonString();
        existing.MaxBodyBytes = request.MaxBodyBytes;
        existing.UpdatedAt = now;
        var created = db.Entry(existing).State == EntityState.Added;
        // In the change's commit: the entry says whether the secret changed and which credentials did, never their values.
        audit.Record(Caller.From(user)!, created ? AuditActions.ConnectorCreated : AuditActions.ConnectorUpdated, AuditResources.Connector, id,
            before?.Snapshot, Audited(existing, secrets).After(before, secretChanged));
        await db.SaveChangesAsync(ct);
        // This process at once (a webhook right after the answer must see it), every other through the notification.
        directory.Invalidate();
        await notifications.PublishAsync(ConnectorDirectory.ChangeChannel, id, ct);
        var response = Describe(existing, secrets);
        return created ? TypedResults.Created($"/api/v1/connectors/{id}", response) : TypedResults.Ok(response);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        string id, HubDbContext db, ConnectorSecrets secrets, ConnectorDirectory directory, IChangeNotifications notifications,
        IAuditLog audit, ClaimsPrincipal user, CancellationToken ct)
    {
        var connector = await db.Connectors.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (connector is null)
        {
            return NotFound(id);
        }
        audit.Record(Caller.From(user)!, AuditActions.ConnectorDeleted, AuditResources.Connector, id, Audited(connector, secrets).Snapshot);
        db.Connectors.Remove(connector);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Deleted by another request meanwhile; the entry went with the failed commit.
            return NotFound(id);
        }
        directory.Invalidate();
        await notifications.PublishAsync(ConnectorDirectory.ChangeChannel, id, ct);
        return TypedResults.NoContent();
    }

    private static Dictionary<string, string[]> Validate(string id, ConnectorRequest request, ConnectorInstance? existing, IConnectorCatalog catalog)
    {
        var errors = new Dictionary<string, string[]>();
        if (!IdPattern().IsMatch(id))
        {
            errors["id"] = ["Use 1-100 characters: lowercase letters, digits, '-' and '_', starting with a letter or digit."];
        }
        if (string.IsNullOrWhiteSpace(request.Type))
        {
            errors["type"] = ["The connector type is required."];
        }
        else if (catalog.Find(request.Type) is not { } definition)
        {
            errors["type"] = [$"Unknown connector type '{request.Type}'. Known types: {string.Join(", ", catalog.All.Select(c => c.Type).Order())}."];
        }
        else
        {
            foreach (var (field, messages) in ConnectorSettingsValidator.Validate(definition, request.Settings, request.Secret, request.Credentials))
            {
                errors[field] = messages;
            }
        }
        if (existing is null && string.IsNullOrEmpty(request.Secret))
        {
            errors["secret"] = ["A secret is required when creating a connector."];
        }
        if (request.PreviousSecretValidForSeconds is < 0 or > 30 * 24 * 3600)
        {
            errors["previousSecretValidForSeconds"] = ["Must be between 0 and 2592000 (30 days)."];
        }
        if (request.MaxBodyBytes is < 1024 or > 64L * 1024 * 1024)
        {
            errors["maxBodyBytes"] = ["Must be between 1024 and 67108864 bytes."];
        }
        return errors;
    }

    private static AuditedConnector Audited(ConnectorInstance connector, ConnectorSecrets secrets) => new(
        connector.Type, connector.ReadSettings(), connector.MaxBodyBytes,
        secrets.UnprotectCredentials(connector.ProtectedCredentials).ToDictionary(c => c.Key, c => c.Value?.ToJsonString() ?? "null", StringComparer.Ordinal));

    private static ConnectorResponse Describe(ConnectorInstance connector, ConnectorSecrets secrets) =>
        connector.ToResponse([.. secrets.UnprotectCredentials(connector.ProtectedCredentials).Select(c => c.Key).Order()]);

    private static ProblemHttpResult NotFound(string id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"Connector '{id}' does not exist.");

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]{0,99}$")]
    private static partial Regex IdPattern();
}
