namespace Hub.Api.Contracts;

/// <summary>What lint found in a template, errors first; empty when nothing needs a look.</summary>
public sealed record TemplateLintResponse(string TemplateId, string Version, IReadOnlyList<TemplateLintFindingResponse> Findings);
