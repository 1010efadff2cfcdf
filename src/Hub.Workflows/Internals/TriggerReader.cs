using YamlDotNet.RepresentationModel;
using Hub.Specs;

namespace Hub.Workflows.Internals;

/// <summary>Reads <c>trigger:</c>, either <c>{ event, when }</c> or, with no condition, just the event type.</summary>
internal static class TriggerReader
{
    private static readonly string[] Keys = ["event", "when"];

    public static WorkflowTrigger? Read(YamlMap root)
    {
        var node = root.Node("trigger", required: true);
        if (node is null)
        {
            return null;
        }
        if (node is YamlScalarNode { Value: { } shorthand })
        {
            return CheckEventType(root.Spec, node, "trigger", shorthand) ? new WorkflowTrigger { EventType = shorthand, Line = root.LineOf("trigger") } : null;
        }
        var map = YamlMap.From(root.Spec, node, "trigger", root.LineOf("trigger"));
        if (map is null)
        {
            return null;
        }
        map.RejectUnknown(Keys);
        var eventType = map.Text("event", required: true);
        var eventOk = eventType is not null && CheckEventType(root.Spec, map.Node("event")!, map.FieldOf("event"), eventType);
        var errors = root.Spec.Errors.Count;
        var when = map.Expression("when");
        return eventOk && root.Spec.Errors.Count == errors ? new WorkflowTrigger { EventType = eventType!, When = when, Line = root.LineOf("trigger") } : null;
    }

    internal static bool CheckEventType(SpecContext spec, YamlNode node, string field, string eventType)
    {
        if (SpecNames.EventType().IsMatch(eventType))
        {
            return true;
        }
        spec.Error(node, field, $"'{eventType}' is not an event type; event types look like 'order.created'.");
        return false;
    }
}
