namespace Hub.Workflows.Internals;

/// <summary>
/// Reads one kind of step. A new kind is a new implementation listed in <see cref="StepKinds"/>; the step list reader
/// finds the kind by its key and leaves everything inside it to the implementation.
/// </summary>
internal interface IStepKind
{
    /// <summary>The key that introduces the step, e.g. <c>send</c>.</summary>
    string Name { get; }

    /// <summary>
    /// Keys this kind allows beside its own and <c>id</c> in the step mapping (e.g. <c>then</c>/<c>else</c> for <c>if</c>).
    /// </summary>
    IReadOnlyCollection<string> SiblingKeys { get; }

    /// <summary>Returns the step, or null after reporting its errors to <see cref="StepSource.Spec"/>.</summary>
    WorkflowStep? Read(StepSource source);
}
