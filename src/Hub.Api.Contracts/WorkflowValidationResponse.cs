namespace Hub.Api.Contracts;

/// <summary>Answer of the validate endpoints: whether the text would save as a draft, and if not, why.</summary>
public sealed record WorkflowValidationResponse(bool Valid, string? Id, IReadOnlyList<WorkflowIssue> Errors);
