namespace Hub.Api.Contracts;

/// <summary>One stored template version; <see cref="PublishedAt"/> is when it was last published (null if never).</summary>
public sealed record TemplateVersionResponse(int Number, string Version, DateTimeOffset CreatedAt, DateTimeOffset? PublishedAt, bool IsPublished);
