using Hub.Specs;

namespace Hub.Workflows;

/// <summary>What <see cref="WorkflowValidation.Read"/> found: the definition when the text is valid, otherwise every error.</summary>
/// <param name="IdLine">The line of <c>id:</c> (0 when there is none), for errors about the id found by the caller.</param>
public sealed record WorkflowValidationResult(WorkflowDefinition? Definition, IReadOnlyList<SpecError> Errors, int IdLine = 0)
{
    public bool IsValid => Definition is not null;
}
