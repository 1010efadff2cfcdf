namespace Hub.Workflows.Engine;

/// <summary>One step in a <see cref="WorkflowProgram"/>: where it is, what follows it, and where its branches start.</summary>
public sealed record ProgramNode(int Index, WorkflowStep Step, int Next, IReadOnlyDictionary<string, int> Branches)
{
    /// <summary>The start of a branch; an empty or unknown branch goes on with <see cref="Next"/>.</summary>
    public int BranchStart(string name) => Branches.TryGetValue(name, out var start) ? start : Next;
}
