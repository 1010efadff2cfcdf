namespace Hub.Api.Contracts;

/// <summary>One stored version; <see cref="PublishedAt"/> is when it was last published (null if never).</summary>
public sealed record WorkflowVersionResponse(int Number, string Version, string Name, DateTimeOffset CreatedAt, DateTimeOffset? PublishedAt, bool IsPublished);
