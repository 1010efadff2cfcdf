namespace Hub.Api.Contracts;

/// <summary>Which stored template version to publish again.</summary>
public sealed record TemplateRollbackRequest(int? Version);
