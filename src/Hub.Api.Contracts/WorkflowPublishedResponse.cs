namespace Hub.Api.Contracts;

/// <summary>The published version with its YAML; <see cref="Version"/> is the content hash that instances record.</summary>
public sealed record WorkflowPublishedResponse(int Number, string Version, string Source, DateTimeOffset PublishedAt);
