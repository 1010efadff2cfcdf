using Scriban.Runtime;

namespace Hub.Connectors.Internals.Mapping;

/// <summary>
/// What a connector does with one source event type: one case, or alternatives tried in order where the first whose
/// <c>when</c> holds decides (emit a canonical event, or ignore). The key <c>*</c> catches every type without a route.
/// </summary>
internal sealed class Route(string eventType, IReadOnlyList<RouteCase> cases)
{
    public const string Wildcard = "*";

    public string EventType { get; } = eventType;

    public IReadOnlyList<RouteCase> Cases { get; } = cases;

    /// <summary>The first case whose condition holds; null when none does.</summary>
    public RouteCase? Select(ScriptObject scope) => Cases.FirstOrDefault(c => c.Matches(scope));

    /// <summary>Why nothing was emitted when <see cref="Select"/> found no case.</summary>
    public string NoMatchReason(string eventType) => Cases.Count == 1
        ? $"event type {eventType}: the route's condition ({Cases[0].When?.Text}) does not hold"
        : $"event type {eventType}: none of the {Cases.Count} conditions of its route holds";
}
