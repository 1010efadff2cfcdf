namespace Hub.Templates.Internals;

/// <summary>What is being rendered, so that an error can say so.</summary>
internal sealed record RenderTarget(string TemplateId, string Channel, string Locale);
