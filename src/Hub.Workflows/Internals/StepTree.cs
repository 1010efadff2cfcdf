namespace Hub.Workflows.Internals;

/// <summary>Every step of a definition, branches included, in reading order.</summary>
internal static class StepTree
{
    public static IEnumerable<WorkflowStep> All(IReadOnlyList<WorkflowStep> steps)
    {
        foreach (var step in steps)
        {
            yield return step;
            foreach (var nested in step.Branches.Values.SelectMany(All))
            {
                yield return nested;
            }
        }
    }
}
