using Hub.Specs;

namespace Hub.Workflows.Internals;

/// <summary>Finds steps no run can reach: those after an <c>end</c> in the same list.</summary>
internal static class Reachability
{
    public static void Check(SpecContext spec, IReadOnlyList<WorkflowStep> steps)
    {
        for (var i = 0; i < steps.Count; i++)
        {
            foreach (var branch in steps[i].Branches.Values)
            {
                Check(spec, branch);
            }
            if (steps[i] is EndStep && i + 1 < steps.Count)
            {
                var next = steps[i + 1];
                spec.Error(next.Line, next.Path, $"Step '{next.Id}' can never run: step '{steps[i].Id}' before it ends the workflow.");
            }
        }
    }
}
