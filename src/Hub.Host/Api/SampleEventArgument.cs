using System.Text.Json.Nodes;
using Hub.Core.Events;
using Hub.Events;
using Hub.Runtime;
using Hub.Runtime.Events;
using Hub.Storage;
using Hub.Workflows.Simulation;
using Microsoft.EntityFrameworkCore;

namespace Hub.Host.Api;

/// <summary>
/// The event a dry run uses, from a request body: a sample in <c>event</c> or a stored one named by <c>eventId</c>,
/// never both. Shared by workflow simulation and template preview so both read it the same way.
/// </summary>
internal static class SampleEventArgument
{
    /// <summary>The stored event <c>eventId</c> names, null when the body names none; <paramref name="missing"/> is set for an unknown id.</summary>
    public static async Task<CanonicalEvent?> ReadStoredAsync(JsonObject body, HubDbContext db, Dictionary<string, string[]> errors, Action<string> missing, CancellationToken ct)
    {
        if (body["eventId"] is not { } eventId)
        {
            return null;
        }
        if (body["event"] is not null)
        {
            errors["eventId"] = ["Give either 'event' or 'eventId', not both."];
        }
        else if (eventId is not JsonValue value || !value.TryGetValue<string>(out var storedId) || string.IsNullOrWhiteSpace(storedId))
        {
            errors["eventId"] = ["Must be the id of a stored event."];
        }
        else if (await db.Events.AsNoTracking().FirstOrDefaultAsync(e => e.Id == storedId, ct) is { } record)
        {
            return record.ToCanonical();
        }
        else
        {
            missing(storedId);
        }
        return null;
    }

    /// <summary>The sample in <c>event</c>, or an error asking for one.</summary>
    public static CanonicalEvent? ReadSample(JsonObject body, DateTimeOffset now, IEventCatalog catalog, Dictionary<string, string[]> errors)
    {
        if (body["event"] is null)
        {
            errors["event"] = ["Give a sample event {\"type\": \"order.created\", \"data\": {...}} or the id of a stored one as 'eventId'."];
            return null;
        }
        return SimulationEventReader.Read(body["event"], "event", "preview", now, catalog, errors);
    }
}
