using Hub.Specs;

namespace Hub.Workflows;

/// <summary>What <see cref="WorkflowValidation.Read"/> found: the definition when the text is valid, otherwise every error.</summary>
public sealed record WorkflowValidationResult(WorkflowDefinition? Definition, IReadOnlyList<SpecError> Errors)
{
    public bool IsValid => Definition is not null;
}
