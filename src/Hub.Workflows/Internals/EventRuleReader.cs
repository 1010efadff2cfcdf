using YamlDotNet.RepresentationModel;
using Hub.Specs;

namespace Hub.Workflows.Internals;

/// <summary>
/// Reads <c>cancel_on</c>/<c>restart_on</c>: a list whose entries are an event type, or <c>{ event, match, key }</c>.
/// </summary>
internal static class EventRuleReader
{
    private static readonly string[] Keys = ["event", "match", "key"];

    public static List<EventRule>? Read(YamlMap root, string key)
    {
        var node = root.Node(key);
        if (node is null)
        {
            return [];
        }
        var field = root.FieldOf(key);
        var items = node is YamlSequenceNode list ? list.Children.Select((n, i) => (n, $"{field}[{i}]")).ToList() : [(node, field)];
        var rules = new List<EventRule>();
        var ok = true;
        foreach (var (item, itemField) in items)
        {
            var rule = ReadOne(root.Spec, item, itemField);
            ok &= rule is not null;
            if (rule is not null)
            {
                rules.Add(rule);
            }
        }
        return ok ? rules : null;
    }

    private static EventRule? ReadOne(SpecContext spec, YamlNode node, string field)
    {
        if (node is YamlScalarNode { Value: { } type })
        {
            return TriggerReader.CheckEventType(spec, node, field, type) ? new EventRule(type, null, null, SpecContext.LineOf(node)) : null;
        }
        var map = YamlMap.From(spec, node, field);
        if (map is null)
        {
            return null;
        }
        map.RejectUnknown(Keys);
        var errors = spec.Errors.Count;
        var eventType = map.Text("event", required: true);
        var typeOk = eventType is not null && TriggerReader.CheckEventType(spec, map.Node("event")!, map.FieldOf("event"), eventType);
        var match = map.Expression("match");
        var key = map.Expression("key");
        return typeOk && spec.Errors.Count == errors ? new EventRule(eventType!, match, key, map.Line) : null;
    }
}
