using Hub.Specs;

namespace Hub.Workflows.Internals;

/// <summary>Finds send steps whose template is missing or lacks a variant for one of the step's channels.</summary>
internal static class TemplateReferences
{
    public static IEnumerable<SpecError> Check(WorkflowDefinition definition, Func<string, IReadOnlyCollection<string>?> channelsOfTemplate)
    {
        var file = definition.File ?? definition.Id;
        foreach (var send in StepTree.All(definition.Steps).OfType<SendStep>())
        {
            var field = $"{send.Path}.send";
            var channels = channelsOfTemplate(send.Template);
            if (channels is null)
            {
                yield return new SpecError(file, send.Line, $"{field}.template", $"There is no template '{send.Template}'.");
                continue;
            }
            foreach (var channel in send.Channels.Where(c => !channels.Contains(c)))
            {
                yield return new SpecError(file, send.Line, $"{field}.channels",
                    $"Template '{send.Template}' has no '{channel}' variant.");
            }
        }
    }
}
