namespace Hub.Api.Contracts;

/// <summary>Every variant of a template rendered with one event, each with its text or the error it met.</summary>
public sealed record TemplatePreviewResponse(string TemplateId, string Version, string EventType, IReadOnlyList<TemplateVariantPreview> Variants);
