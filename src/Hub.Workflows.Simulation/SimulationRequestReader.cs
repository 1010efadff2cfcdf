using System.Text.Json.Nodes;
using Hub.Core.Events;
using Hub.Events;

namespace Hub.Workflows.Simulation;

/// <summary>
/// Reads a simulate request's body (<c>event</c>, <c>followUps</c>, <c>httpStubs</c>, <c>horizonDays</c>; <c>eventId</c>
/// and <c>workflow</c> are the caller's to resolve) for the API and the command line alike. Every problem is one
/// entry of <c>errors</c>, keyed by its field.
/// </summary>
public static class SimulationRequestReader
{
    public static IReadOnlyList<string> Keys { get; } = ["event", "eventId", "followUps", "httpStubs", "workflow", "horizonDays"];

    /// <param name="trigger">The stored event <c>eventId</c> named, or null to read <c>event</c>.</param>
    /// <param name="now">The time of an event that gives none.</param>
    public static SimulationRequest? Read(JsonObject body, WorkflowDefinition workflow, CanonicalEvent? trigger, DateTimeOffset now,
        IEventCatalog catalog, IDictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(workflow);
        ArgumentNullException.ThrowIfNull(errors);
        foreach (var (key, _) in body)
        {
            if (!Keys.Contains(key, StringComparer.Ordinal))
            {
                errors[key] = [$"Not a field of a simulation; the fields are {string.Join(", ", Keys)}."];
            }
        }
        trigger ??= SimulationEventReader.Read(body["event"], "event", "sim-trigger", now, catalog, errors);
        if (trigger is not null && trigger.Type != workflow.Trigger.EventType)
        {
            errors["event.type"] = [$"Workflow '{workflow.Id}' starts on {workflow.Trigger.EventType}, not {trigger.Type}."];
        }
        var start = trigger?.Time ?? now;
        var followUps = ReadFollowUps(body["followUps"], start, catalog, errors);
        var stubs = ReadStubs(body["httpStubs"], errors);
        var horizon = SimulationRequest.DefaultHorizon;
        if (body["horizonDays"] is { } days)
        {
            if (days is JsonValue v && v.TryGetValue<int>(out var n) && n is >= 1 and <= 3660)
            {
                horizon = TimeSpan.FromDays(n);
            }
            else
            {
                errors["horizonDays"] = ["Must be a whole number of days from 1 to 3660."];
            }
        }
        if (errors.Count > 0 || trigger is null)
        {
            return null;
        }
        return new SimulationRequest { Workflow = workflow, Event = trigger, FollowUps = followUps, HttpStubs = stubs, Horizon = horizon };
    }

    private static List<SimulatedFollowUp> ReadFollowUps(JsonNode? node, DateTimeOffset start, IEventCatalog catalog, IDictionary<string, string[]> errors)
    {
        var followUps = new List<SimulatedFollowUp>();
        if (node is null)
        {
            return followUps;
        }
        if (node is not JsonArray array)
        {
            errors["followUps"] = ["Must be a list of {\"at\": \"+2h\", \"event\": {...}}."];
            return followUps;
        }
        for (var i = 0; i < array.Count; i++)
        {
            var path = $"followUps[{i}]";
            if (array[i] is not JsonObject item)
            {
                errors[path] = ["Must be {\"at\": \"+2h\" or an RFC 3339 time, \"event\": {...}}."];
                continue;
            }
            var atText = item["at"] is JsonValue at && at.TryGetValue<string>(out var text) ? text : null;
            if (!SimulationEventReader.TryAt(atText, start, out var when))
            {
                errors[$"{path}.at"] = ["Required: an offset from the trigger event's time such as +2h, +3d, +90m, or an RFC 3339 time."];
                continue;
            }
            var e = SimulationEventReader.Read(item["event"], $"{path}.event", $"sim-follow-up-{i + 1}", when, catalog, errors);
            if (e is not null)
            {
                followUps.Add(new SimulatedFollowUp(when, e));
            }
        }
        return followUps;
    }

    private static List<HttpStub> ReadStubs(JsonNode? node, IDictionary<string, string[]> errors)
    {
        var stubs = new List<HttpStub>();
        if (node is null)
        {
            return stubs;
        }
        if (node is not JsonArray array)
        {
            errors["httpStubs"] = ["Must be a list of {\"method\": \"GET\", \"url\": \"https://crm.example/*\", \"status\": 200, \"body\": {...}}."];
            return stubs;
        }
        for (var i = 0; i < array.Count; i++)
        {
            var item = array[i] as JsonObject;
            var url = item?["url"] is JsonValue u && u.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text : null;
            var method = item?["method"] is JsonValue m && m.TryGetValue<string>(out var verb) ? verb : null;
            var status = 200;
            if (item?["status"] is { } s && (s is not JsonValue sv || !sv.TryGetValue(out status) || status is < 100 or > 599))
            {
                errors[$"httpStubs[{i}].status"] = ["Must be an HTTP status from 100 to 599."];
                continue;
            }
            if (url is null)
            {
                errors[$"httpStubs[{i}].url"] = ["Required: the URL to answer, or a prefix ending with *."];
                continue;
            }
            stubs.Add(new HttpStub(method, url, status, item!["body"]?.DeepClone()));
        }
        return stubs;
    }
}
