namespace Hub.Api.Contracts;

/// <summary>Body of <c>PUT /api/v1/conversations/{id}/assignee</c>: the user to assign it to; null or empty unassigns it.</summary>
public sealed record ConversationAssigneeRequest(string? Assignee);
