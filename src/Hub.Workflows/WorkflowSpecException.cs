using Hub.Specs;

namespace Hub.Workflows;

/// <summary>Thrown when workflow files do not load; <see cref="Errors"/> lists every problem, not just the first.</summary>
public sealed class WorkflowSpecException : Exception
{
    public WorkflowSpecException(IReadOnlyList<SpecError> errors)
        : base(Describe(errors)) => Errors = errors;

    public WorkflowSpecException() => Errors = [];

    public WorkflowSpecException(string message) : base(message) => Errors = [];

    public WorkflowSpecException(string message, Exception inner) : base(message, inner) => Errors = [];

    public IReadOnlyList<SpecError> Errors { get; }

    private static string Describe(IReadOnlyList<SpecError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return $"Workflow definitions have {errors.Count} error(s):{Environment.NewLine}  "
            + string.Join(Environment.NewLine + "  ", errors);
    }
}
