using System.Text.Json.Nodes;
using Hub.Connectors.Internals.Expressions;
using Hub.Core.Events;
using Hub.Scripting;
using Scriban.Runtime;

namespace Hub.Connectors.Internals.Mapping;

/// <summary>What a connector does with one source event type: ignore it, or emit one canonical event.</summary>
internal sealed class Route
{
    private readonly CompiledExpression? _subject;
    private readonly CompiledExpression? _time;
    private readonly ObjectValue? _data;

    private Route(string eventType, string? emit, CompiledExpression? subject, CompiledExpression? time, ObjectValue? data)
    {
        EventType = eventType;
        Emit = emit;
        _subject = subject;
        _time = time;
        _data = data;
    }

    public string EventType { get; }

    /// <summary>The canonical type emitted; null when the route ignores its event type.</summary>
    public string? Emit { get; }

    public bool Ignores => Emit is null;

    public static Route Ignoring(string eventType) => new(eventType, null, null, null, null);

    public static Route Emitting(string eventType, string emit, CompiledExpression? subject, CompiledExpression? time, ObjectValue? data) =>
        new(eventType, emit, subject, time, data);

    public CanonicalEvent Map(ScriptObject scope, string id, string source, DateTimeOffset receivedAt)
    {
        var type = Emit ?? throw new InvalidOperationException($"Route {EventType} ignores its events.");
        var data = _data?.Evaluate(scope, EventType, "data") as JsonObject ?? [];
        return new CanonicalEvent
        {
            Id = id,
            Source = source,
            Type = type,
            Subject = _subject is null ? null : Subject(_subject.Evaluate(scope, EventType, "subject")),
            Time = _time is null ? receivedAt : EventTime.From(_time.Evaluate(scope, EventType, "time"), receivedAt, EventType, "time", _time.Text),
            DataSchema = $"https://hub.local/schemas/{type}.json",
            Data = data,
        };
    }

    private string? Subject(object? value) => value switch
    {
        null or "" => null,
        string or bool or IFormattable => HubFunctions.Text(value),
        _ => throw new MappingException(EventType, "subject", $"'{_subject!.Text}' gave a {value.GetType().Name}; the subject must be text or a number"),
    };
}
