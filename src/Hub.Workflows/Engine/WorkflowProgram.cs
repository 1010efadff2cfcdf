namespace Hub.Workflows.Engine;

/// <summary>
/// A workflow's steps, nested lists included, in one list: each node knows the node after it and where each of its
/// branches starts, so that an instance's position is one number (and its step id, to find it in another version).
/// </summary>
public sealed class WorkflowProgram
{
    private readonly Dictionary<string, int> _indexOfId;

    private WorkflowProgram(List<ProgramNode> nodes)
    {
        Nodes = nodes;
        _indexOfId = nodes.ToDictionary(n => n.Step.Id, n => n.Index, StringComparer.Ordinal);
    }

    /// <summary>The position after the last step: the instance is complete.</summary>
    public const int End = -1;

    public IReadOnlyList<ProgramNode> Nodes { get; }

    /// <summary>Where the workflow starts; <see cref="End"/> for no steps.</summary>
    public int Start => Nodes.Count == 0 ? End : 0;

    public int IndexOf(string stepId) => _indexOfId.TryGetValue(stepId, out var index) ? index : End;

    public static WorkflowProgram Build(IReadOnlyList<WorkflowStep> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        var nodes = new List<ProgramNode>();
        Lay(steps, End, nodes);
        return new WorkflowProgram(nodes);
    }

    /// <summary>Lays out a list whose last step continues at <paramref name="after"/>; returns the list's first index.</summary>
    private static int Lay(IReadOnlyList<WorkflowStep> steps, int after, List<ProgramNode> nodes)
    {
        if (steps.Count == 0)
        {
            return after;
        }
        // Reserve this list's slots first so that its steps are numbered in reading order, then the branches.
        var first = nodes.Count;
        var placeholders = new ProgramNode[steps.Count];
        for (var i = 0; i < steps.Count; i++)
        {
            nodes.Add(null!);
        }
        for (var i = 0; i < steps.Count; i++)
        {
            var index = first + i;
            var next = i + 1 < steps.Count ? index + 1 : after;
            var branches = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (name, branch) in steps[i].Branches)
            {
                branches[name] = Lay(branch, next, nodes);
            }
            placeholders[i] = new ProgramNode(index, steps[i], next, branches);
            nodes[index] = placeholders[i];
        }
        return first;
    }
}
