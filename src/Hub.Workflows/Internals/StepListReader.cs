using YamlDotNet.RepresentationModel;
using Hub.Specs;

namespace Hub.Workflows.Internals;

/// <summary>
/// Reads a list of steps (<c>steps:</c>, or a branch such as <c>then:</c>): gives each step its id, finds its kind
/// and hands the rest to that kind. Ids are unique across the whole workflow, branches included.
/// </summary>
internal sealed class StepListReader
{
    private const string IdKey = "id";
    private readonly Dictionary<string, int> _firstLineOfId = new(StringComparer.Ordinal);

    public static List<WorkflowStep>? ReadRoot(YamlMap root)
    {
        var node = root.Node("steps", required: true);
        if (node is null)
        {
            return null;
        }
        var list = new StepListReader().ReadList(root.Spec, node, "steps", idPrefix: "step-", allowEmpty: false);
        return list;
    }

    /// <summary>A nested list under <paramref name="key"/> of a step; absent is an empty list.</summary>
    public List<WorkflowStep>? ReadBranch(YamlMap owner, string key, string parentId, string branchName)
    {
        var node = owner.Node(key);
        return node is null ? [] : ReadList(owner.Spec, node, owner.FieldOf(key), $"{parentId}.{branchName}-", allowEmpty: true);
    }

    /// <summary>A nested list given as a node (a switch case).</summary>
    public List<WorkflowStep>? ReadBranch(SpecContext spec, YamlNode node, string field, string parentId, string branchName) =>
        YamlMap.IsNull(node) ? [] : ReadList(spec, node, field, $"{parentId}.{branchName}-", allowEmpty: true);

    private List<WorkflowStep>? ReadList(SpecContext spec, YamlNode node, string field, string idPrefix, bool allowEmpty)
    {
        if (node is not YamlSequenceNode list)
        {
            spec.Error(node, field, $"'{field}' must be a list, one '- ' entry per step.");
            return null;
        }
        if (list.Children.Count == 0 && !allowEmpty)
        {
            spec.Error(node, field, "Add at least one step.");
            return null;
        }
        var steps = new List<WorkflowStep>();
        var ok = true;
        for (var i = 0; i < list.Children.Count; i++)
        {
            var path = $"{field}[{i}]";
            var step = YamlMap.From(spec, list.Children[i], path) is { } map ? ReadStep(map, $"{idPrefix}{i + 1}", path) : null;
            if (step is null)
            {
                ok = false;
                continue;
            }
            steps.Add(step);
        }
        return ok ? steps : null;
    }

    private WorkflowStep? ReadStep(YamlMap map, string positionalId, string path)
    {
        var explicitId = map.Text(IdKey);
        var id = explicitId ?? positionalId;
        var idOk = explicitId is null || SpecNames.CheckId(map, IdKey, explicitId);
        var idLine = map.LineOf(IdKey);
        if (idOk && !_firstLineOfId.TryAdd(id, idLine))
        {
            map.Spec.Error(idLine, map.FieldOf(IdKey), $"Step id '{id}' is already used at line {_firstLineOfId[id]}.");
            idOk = false;
        }
        var kind = FindKind(map);
        if (kind is null)
        {
            return null;
        }
        map.RejectUnknown([IdKey, StepRetryReader.Key, kind.Name, .. kind.SiblingKeys]);
        var retry = StepRetryReader.Read(map);
        var body = map.Written(kind.Name, required: true);
        var step = body is null ? null : kind.Read(new StepSource(map, body, id, map.Line, path, this));
        if (step is null || retry is null || !idOk)
        {
            return null;
        }
        step.Retry = retry;
        return step;
    }

    private static IStepKind? FindKind(YamlMap map)
    {
        var candidates = map.Keys.Where(key => key is not IdKey and not StepRetryReader.Key).ToList();
        var kinds = candidates.Where(key => StepKinds.Find(key) is not null).ToList();
        if (kinds.Count == 0)
        {
            ReportNoKind(map, candidates.Where(key => !StepKinds.IsSiblingKey(key)).ToList());
            return null;
        }
        if (kinds.Count > 1)
        {
            map.Spec.Error(map.LineOf(kinds[1]), map.Path,
                $"A step does one thing, but this one has {string.Join(" and ", kinds)}; split it into separate steps.");
            return null;
        }
        return StepKinds.Find(kinds[0]);
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
