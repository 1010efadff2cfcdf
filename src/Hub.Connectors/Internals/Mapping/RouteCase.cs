using Hub.Events;
using System.Text.Json.Nodes;
using Hub.Connectors.Internals.Expressions;
using Hub.Core.Events;
using Hub.Scripting;
using Scriban.Runtime;

namespace Hub.Connectors.Internals.Mapping;

/// <summary>One alternative of a route: an optional <c>when</c>, then either <c>ignore: true</c> or the event to emit.</summary>
internal sealed class RouteCase
{
    private readonly EmitType? _emit;
    private readonly CompiledExpression? _subject;
    private readonly CompiledExpression? _time;
    private readonly IValueTemplate? _data;
    private readonly string _fieldPrefix;

    private RouteCase(string route, int? index, CompiledExpression? when, EmitType? emit, CompiledExpression? subject, CompiledExpression? time, IValueTemplate? data)
    {
        Route = route;
        When = when;
        _emit = emit;
        _subject = subject;
        _time = time;
        _data = data;
        // Errors name the alternative as the spec does: routes.order.updated[1].data...
        _fieldPrefix = index is null ? string.Empty : $"[{index}].";
    }

    /// <summary>The route key (the source's event type), for error messages.</summary>
    public string Route { get; }

    public CompiledExpression? When { get; }

    public bool Ignores => _emit is null;

    public static RouteCase Ignoring(string route, int? index, CompiledExpression? when) => new(route, index, when, null, null, null, null);

    public static RouteCase Emitting(string route, int? index, CompiledExpression? when, EmitType emit, CompiledExpression? subject, CompiledExpression? time, IValueTemplate? data) =>
        new(route, index, when, emit, subject, time, data);

    public bool Matches(ScriptObject scope) => When is null || When.IsTrue(scope, Route, Field("when"));

    public CanonicalEvent Map(ScriptObject scope, string id, string source, DateTimeOffset receivedAt)
    {
        var emit = _emit ?? throw new InvalidOperationException($"Route {Route} ignores its events.");
        var type = emit.Resolve(scope, Route, Field("emit"));
        return new CanonicalEvent
        {
            Id = id,
            Source = source,
            Type = type,
            Subject = _subject is null ? null : Subject(_subject.Evaluate(scope, Route, Field("subject"))),
            Time = _time is null ? receivedAt : EventTime.From(_time.Evaluate(scope, Route, Field("time")), receivedAt, Route, Field("time"), _time.Text),
            DataSchema = EventCatalog.Default.IsKnown(type) ? EventCatalog.Default.SchemaId(type) : null,
            Data = Data(scope),
        };
    }

    private JsonObject Data(ScriptObject scope) => _data?.Evaluate(scope, Route, Field("data")) switch
    {
        null => [],
        JsonObject data => data,
        var other => throw new MappingException(Route, Field("data"), $"gave {other.GetValueKind().ToString().ToLowerInvariant()} {Shorten(other.ToJsonString())}; data must be an object"),
    };

    private string? Subject(object? value) => value switch
    {
        null or "" => null,
        string or bool or IFormattable => HubFunctions.Text(value),
        _ => throw new MappingException(Route, Field("subject"), $"'{_subject!.Text}' gave a {value.GetType().Name}; the subject must be text or a number"),
    };

    private string Field(string name) => _fieldPrefix + name;

    private static string Shorten(string json) => json.Length <= 60 ? json : json[..57] + "...";
}
