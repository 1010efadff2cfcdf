namespace Hub.Api.Contracts;

/// <summary>The unpublished edit of a template, as YAML (a draft saved as JSON is kept in its YAML form).</summary>
public sealed record TemplateDraftResponse(string TemplateId, string Version, string Source, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
