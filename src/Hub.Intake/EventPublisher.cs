using System.Text.Json.Nodes;
using Hub.Core.Events;
using Hub.Events;
using Hub.Intake.Internals;
using Hub.Core.Workspaces;
using Hub.Runtime;
using Hub.Runtime.Events;
using Hub.Runtime.Jobs;
using Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.Intake;

/// <summary>
/// Takes a canonical event posted directly by an internal app (CloudEvents 1.0, structured JSON), checks it against
/// the catalogue, and stores it with what its consumers (the workflow engine) make of it. The id is derived from (source, id), so a resend is a duplicate.
/// </summary>
public sealed class EventPublisher(HubDbContext db, EventStore eventStore, JobSignal signal, IEventCatalog catalog, TimeProvider time)
{
    /// <summary>The pseudo connector id under which directly posted events are listed.</summary>
    public const string ConnectorId = "api";

    /// <summary>How often an event is tried again when a row it acts on changed under it (a workflow instance) or appeared meanwhile (a new contact).</summary>
    private const int MaxConflicts = 5;

    public Task<PublishResult> PublishAsync(JsonObject cloudEvent, CancellationToken cancellationToken) =>
        PublishAsync(cloudEvent, ConnectorId, cancellationToken);

    /// <summary>As <see cref="PublishAsync(JsonObject, CancellationToken)"/>, listed under another pseudo connector (the sandbox handset's replies).</summary>
    public async Task<PublishResult> PublishAsync(JsonObject cloudEvent, string connectorId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cloudEvent);
        var errors = new Dictionary<string, string[]>();
        var specVersion = Text(cloudEvent, "specversion");
        var id = Text(cloudEvent, "id");
        var source = Text(cloudEvent, "source");
        var type = Text(cloudEvent, "type");
        if (specVersion != CanonicalEvent.SpecVersion)
        {
            errors["specversion"] = ["Must be \"1.0\" (CloudEvents 1.0)."];
        }
        if (string.IsNullOrWhiteSpace(id))
        {
            errors["id"] = ["Required: a string unique per source; a resend with the same id is ignored."];
        }
        if (string.IsNullOrWhiteSpace(source))
        {
            errors["source"] = ["Required: a URI reference naming the sending system, e.g. /apps/billing."];
        }
        var eventTime = time.GetUtcNow();
        if (cloudEvent["time"] is not null && (Text(cloudEvent, "time") is not { } timeText || !Rfc3339.TryParse(timeText, out eventTime)))
        {
            errors["time"] = ["Must be an RFC 3339 timestamp with an offset or Z, e.g. 2026-05-01T09:30:00+02:00."];
        }
        if (cloudEvent["subject"] is not null && Text(cloudEvent, "subject") is null)
        {
            errors["subject"] = ["Must be a string, e.g. the id of the order."];
        }
        var data = cloudEvent["data"] as JsonObject;
        if (type is null || !catalog.IsKnown(type))
        {
            errors["type"] = [$"Must be a canonical event type: {string.Join(", ", catalog.Types)}."];
        }
        else if (data is null)
        {
            errors["data"] = ["Required: a JSON object in the canonical vocabulary of the type."];
        }
        else
        {
            foreach (var error in catalog.Validate(type, data))
            {
                errors[error.Path] = [error.Message];
            }
        }
        if (errors.Count > 0)
        {
            return new PublishResult(null, false, errors);
        }

        // The workspace is part of the id: two workspaces' apps may well use the same (source, id).
        var eventId = EventIds.For(db.WorkspaceId == WorkspaceIds.Default ? connectorId : $"{connectorId}/{db.WorkspaceId}", $"{source}\n{id}", 0);
        if (await db.Events.AnyAsync(e => e.Id == eventId, cancellationToken))
        {
            return new PublishResult(eventId, true, errors);
        }
        var canonical = new CanonicalEvent
        {
            Id = eventId,
            Source = source!,
            Type = type!,
            Subject = Text(cloudEvent, "subject"),
            Time = eventTime,
            DataSchema = catalog.SchemaId(type!),
            Data = data!,
        };
        for (var attempt = 1; ; attempt++)
        {
            await eventStore.AddAsync(db, canonical, connectorId, inboundRequestId: null, time.GetUtcNow(), cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                break;
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxConflicts)
            {
                // A workflow instance the event cancels or resumes moved meanwhile (its timer fired): what the event
                // does is decided again against what that run left, so the event is recorded, never refused.
                db.ChangeTracker.Clear();
            }
            catch (DbUpdateException ex) when (ex is not DbUpdateConcurrencyException)
            {
                // Posted twice at once: the other copy won the insert.
                if (await db.Events.AsNoTracking().AnyAsync(e => e.Id == eventId, CancellationToken.None))
                {
                    return new PublishResult(eventId, true, errors);
                }
                if (attempt >= MaxConflicts)
                {
                    throw;
                }
                // Another event created a row this one's consumers also created (a new contact's phone, both at
                // once): done again, this event now finds that row and updates it.
                db.ChangeTracker.Clear();
            }
        }
        signal.Notify();
        return new PublishResult(eventId, false, errors);
    }

    private static string? Text(JsonObject obj, string name) =>
        obj[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
