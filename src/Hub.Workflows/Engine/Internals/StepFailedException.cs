namespace Hub.Workflows.Engine.Internals;

/// <summary>
/// A step threw for a reason that may pass: carries the step, so that its retry policy decides when the instance is
/// tried again or whether it faults. Everything the failed run did is rolled back first.
/// </summary>
internal sealed class StepFailedException : Exception
{
    public StepFailedException() { }

    public StepFailedException(string message) : base(message) { }

    public StepFailedException(string message, Exception innerException) : base(message, innerException) { }

    public StepFailedException(WorkflowStep step, Exception innerException)
        : base($"Step '{step.Id}': {Describe(innerException)}", innerException)
    {
        Step = step;
    }

    public WorkflowStep? Step { get; }

    /// <summary>Step messages already name their step; other exceptions say what they are.</summary>
    private static string Describe(Exception ex) =>
        ex.Message.StartsWith("Step '", StringComparison.Ordinal) && ex.Message.IndexOf("': ", StringComparison.Ordinal) is > 0 and var at
            ? ex.Message[(at + 3)..]
            : $"{ex.GetType().Name}: {ex.Message}";
}
