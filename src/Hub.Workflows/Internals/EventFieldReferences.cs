using Hub.Scripting;
using Hub.Specs;

namespace Hub.Workflows.Internals;

/// <summary>
/// Finds expressions that read event fields the event's schema does not have (<c>appointment.strat</c>): a typo
/// that would otherwise read as nothing and quietly skip a step for every customer.
/// </summary>
internal static class EventFieldReferences
{
    public static IEnumerable<SpecError> Check(WorkflowDefinition definition, Func<string, IReadOnlyList<string>, bool?> declares)
    {
        var file = definition.File ?? definition.Id;
        var trigger = definition.Trigger.EventType;
        var found = new List<SpecError>();
        void Check(HubExpression? expression, string field, string eventType, int line)
        {
            if (expression is null)
            {
                return;
            }
            foreach (var path in expression.Paths)
            {
                if (DataPath(path) is { Count: > 0 } data && declares(eventType, data) == false)
                {
                    found.Add(new SpecError(file, line, field,
                        $"'{string.Join('.', path)}' is not a field of {eventType} events (their schema: GET /api/v1/schemas/{eventType})."));
                }
            }
        }
        Check(definition.Trigger.When, "trigger.when", trigger, definition.Trigger.Line);
        Check(definition.Correlate, "correlate", trigger, definition.CorrelateLine);
        foreach (var (rules, key) in new[] { (definition.CancelOn, "cancel_on"), (definition.RestartOn, "restart_on") })
        {
            for (var i = 0; i < rules.Count; i++)
            {
                Check(rules[i].Match, $"{key}[{i}].match", rules[i].EventType, rules[i].Line);
                Check(rules[i].Key ?? definition.Correlate, $"{key}[{i}].key", rules[i].EventType, rules[i].Line);
            }
        }
        foreach (var step in StepTree.All(definition.Steps))
        {
            foreach (var expression in step.Expressions)
            {
                Check(expression.Expression, expression.Field, expression.EventType ?? trigger, step.Line);
            }
        }
        return found.DistinctBy(e => (e.Field, e.Message));
    }

    /// <summary>The path inside <c>data</c> that a scope path reads, or null when it reads something else.</summary>
    internal static List<string>? DataPath(IReadOnlyList<string> path)
    {
        if (path.Count >= 3 && path[0] == "event" && path[1] == "data")
        {
            return [.. path.Skip(2)];
        }
        if (path.Count >= 2 && path[0] == "contact")
        {
            return [.. path];
        }
        // A top-level key of data lifted into the scope (order.number); the scope's own names and functions are not data.
        return path.Count >= 2 && !ScopeNames.IsReserved(path[0]) ? [.. path] : null;
    }
}
