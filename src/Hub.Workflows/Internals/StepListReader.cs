using YamlDotNet.RepresentationModel;
using Hub.Specs;

namespace Hub.Workflows.Internals;

/// <summary>Reads <c>steps:</c>: gives each step its id, finds its kind and hands the rest to that kind.</summary>
internal static class StepListReader
{
    private const string IdKey = "id";

    public static List<WorkflowStep>? Read(YamlMap root)
    {
        var node = root.Node("steps", required: true);
        if (node is null)
        {
            return null;
        }
        if (node is not YamlSequenceNode list)
        {
            root.Spec.Error(node, "steps", "'steps' must be a list, one '- ' entry per step.");
            return null;
        }
        if (list.Children.Count == 0)
        {
            root.Spec.Error(node, "steps", "Add at least one step.");
            return null;
        }
        var steps = new List<WorkflowStep>();
        var firstLineOfId = new Dictionary<string, int>(StringComparer.Ordinal);
        var ok = true;
        for (var i = 0; i < list.Children.Count; i++)
        {
            var step = YamlMap.From(root.Spec, list.Children[i], $"steps[{i}]") is { } map ? ReadStep(map, i, firstLineOfId) : null;
            if (step is null)
            {
                ok = false;
                continue;
            }
            steps.Add(step);
        }
        return ok ? steps : null;
    }

    private static WorkflowStep? ReadStep(YamlMap map, int index, Dictionary<string, int> firstLineOfId)
    {
        var explicitId = map.Text(IdKey);
        // Positional ids are 1-based because people count steps that way.
        var id = explicitId ?? $"step-{index + 1}";
        var idOk = explicitId is null || SpecNames.CheckId(map, IdKey, explicitId);
        var idLine = map.LineOf(IdKey);
        if (idOk && !firstLineOfId.TryAdd(id, idLine))
        {
            map.Spec.Error(idLine, map.FieldOf(IdKey), $"Step id '{id}' is already used at line {firstLineOfId[id]}.");
            idOk = false;
        }
        var kind = FindKind(map);
        if (kind is null)
        {
            return null;
        }
        map.RejectUnknown([IdKey, kind.Name, .. kind.SiblingKeys]);
        var body = map.Node(kind.Name, required: true);
        var step = body is null ? null : kind.Read(new StepSource(map, body, id, map.Line));
        return idOk ? step : null;
    }

    private static IStepKind? FindKind(YamlMap map)
    {
        var candidates = map.Keys.Where(key => key != IdKey).ToList();
        var kinds = candidates.Where(key => StepKinds.Find(key) is not null || StepKinds.Planned.Contains(key)).ToList();
        if (kinds.Count == 0)
        {
            ReportNoKind(map, candidates);
            return null;
        }
        if (kinds.Count > 1)
        {
            map.Spec.Error(map.LineOf(kinds[1]), map.Path,
                $"A step does one thing, but this one has {string.Join(" and ", kinds)}; split it into separate steps.");
            return null;
        }
        if (StepKinds.Find(kinds[0]) is { } kind)
        {
            return kind;
        }
        map.Spec.Error(map.LineOf(kinds[0]), map.FieldOf(kinds[0]), $"Step kind '{kinds[0]}' is not supported yet.");
        return null;
    }

    private static void ReportNoKind(YamlMap map, List<string> candidates)
    {
        var expected = string.Join(", ", StepKinds.Names);
        if (candidates.Count == 0)
        {
            map.Spec.Error(map.Line, map.Path, $"The step says nothing to do; start it with one of: {expected}.");
            return;
        }
        foreach (var key in candidates)
        {
            map.Spec.Error(map.LineOf(key), map.FieldOf(key), $"Unknown step kind '{key}'; expected one of: {expected}.");
        }
    }
}
