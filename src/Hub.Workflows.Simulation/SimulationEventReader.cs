using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Hub.Core.Events;
using Hub.Events;

namespace Hub.Workflows.Simulation;

/// <summary>
/// Reads a sample event: a canonical CloudEvent, or just <c>{type, data, subject, time}</c>. What is left out is made
/// up (<c>id</c>, <c>source</c> <c>/simulation</c>, <c>time</c> as given by the caller); <c>data</c> is checked against
/// the catalogue as a posted event's would be.
/// </summary>
public static partial class SimulationEventReader
{
    public const string Source = "/simulation";

    private static readonly string[] Keys = ["specversion", "id", "source", "type", "subject", "time", "datacontenttype", "dataschema", "data"];

    /// <param name="path">The field errors are reported under, e.g. <c>event</c> or <c>followUps[0].event</c>.</param>
    public static CanonicalEvent? Read(JsonNode? node, string path, string defaultId, DateTimeOffset defaultTime, IEventCatalog catalog, IDictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(errors);
        if (node is not JsonObject json)
        {
            errors[path] = ["Required: an event, e.g. {\"type\": \"order.created\", \"data\": {...}}."];
            return null;
        }
        var before = errors.Count;
        foreach (var (key, _) in json)
        {
            if (!Keys.Contains(key, StringComparer.Ordinal))
            {
                errors[$"{path}.{key}"] = [$"Not a field of an event; the fields are {string.Join(", ", Keys)}."];
            }
        }
        var type = Text(json, "type");
        if (type is null || !catalog.IsKnown(type))
        {
            errors[$"{path}.type"] = [$"Must be a canonical event type: {string.Join(", ", catalog.Types)}."];
        }
        var time = defaultTime;
        if (json["time"] is not null && (Text(json, "time") is not { } timeText || !TryTime(timeText, out time)))
        {
            errors[$"{path}.time"] = ["Must be an RFC 3339 timestamp with an offset or Z, e.g. 2026-05-01T09:30:00+02:00."];
        }
        if (json["data"] is not JsonObject data)
        {
            errors[$"{path}.data"] = ["Required: a JSON object in the canonical vocabulary of the type."];
            return null;
        }
        if (type is not null && catalog.IsKnown(type))
        {
            foreach (var error in catalog.Validate(type, data))
            {
                // The catalogue names fields from data ("data.order.id" or "/order/id"); the request's key starts at the event.
                var field = error.Path.TrimStart('/').Replace('/', '.');
                errors[field.StartsWith("data", StringComparison.Ordinal) ? $"{path}.{field}" : $"{path}.data.{field}"] = [error.Message];
            }
        }
        if (errors.Count != before)
        {
            return null;
        }
        return new CanonicalEvent
        {
            Id = Text(json, "id") ?? defaultId,
            Source = Text(json, "source") ?? Source,
            Type = type!,
            Subject = Text(json, "subject"),
            Time = time,
            DataSchema = catalog.SchemaId(type!),
            Data = (JsonObject)data.DeepClone(),
        };
    }

    /// <summary>A follow-up's <c>at</c>: an RFC 3339 time, or an offset from the start such as <c>+2h</c>, <c>+3d</c>, <c>+90m</c>.</summary>
    public static bool TryAt(string? text, DateTimeOffset start, out DateTimeOffset at)
    {
        at = default;
        if (text is null)
        {
            return false;
        }
        var offset = Offset().Match(text.Trim());
        if (offset.Success)
        {
            var amount = double.Parse(offset.Groups["n"].Value, CultureInfo.InvariantCulture);
            var span = offset.Groups["u"].Value switch
            {
                "s" => TimeSpan.FromSeconds(amount),
                "m" => TimeSpan.FromMinutes(amount),
                "h" => TimeSpan.FromHours(amount),
                _ => TimeSpan.FromDays(amount),
            };
            at = offset.Groups["sign"].Value == "-" ? start - span : start + span;
            return true;
        }
        return TryTime(text, out at);
    }

    private static bool TryTime(string text, out DateTimeOffset time)
    {
        time = default;
        return Rfc3339().IsMatch(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
    }

    private static string? Text(JsonObject json, string name) =>
        json[name] is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text : null;

    [GeneratedRegex(@"^(?<sign>[+-])(?<n>\d{1,6})(?<u>[smhd])$", RegexOptions.CultureInvariant)]
    private static partial Regex Offset();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Rfc3339();
}
