using Hub.Specs;

namespace Hub.Workflows.Internals;

/// <summary>
/// Finds template texts that read event fields the schema of the workflow's trigger does not have: a send step's
/// template sees that event's data, so <c>{{ contact.frstName }}</c> would fail every send (or, with a fallback, quietly
/// never greet anyone by name). The error names the template file, line, column and field, and the step that sends it.
/// </summary>
internal static class TemplateFieldReferences
{
    public static IEnumerable<SpecError> Check(WorkflowDefinition definition, Func<string, IReadOnlyList<SpecRead>?> readsOfTemplate,
        Func<string, IReadOnlyList<string>, bool?> declares)
    {
        var trigger = definition.Trigger.EventType;
        var found = new List<SpecError>();
        foreach (var send in StepTree.All(definition.Steps).OfType<SendStep>())
        {
            foreach (var read in readsOfTemplate(send.Template) ?? [])
            {
                if (EventFieldReferences.DataPath(read.Path) is { Count: > 0 } data && declares(trigger, data) == false)
                {
                    var at = read.Column > 0 ? $"line {read.Line}, column {read.Column}" : $"line {read.Line}";
                    found.Add(new SpecError(read.File, read.Line, read.Field,
                        $"'{string.Join('.', read.Path)}' ({at}) is not a field of {trigger} events, which workflow "
                        + $"'{definition.Id}' sends template '{send.Template}' on ({send.Path}); their schema: GET /api/v1/schemas/{trigger}."));
                }
            }
        }
        return found.DistinctBy(e => (e.File, e.Line, e.Field, e.Message));
    }
}
