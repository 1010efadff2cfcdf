namespace Hub.Api.Contracts;

/// <summary>One problem in a workflow text: its 1-based line (0 for the whole text) and field path, e.g. <c>steps[1].send.template</c>.</summary>
public sealed record WorkflowIssue(int Line, string Field, string Message);
