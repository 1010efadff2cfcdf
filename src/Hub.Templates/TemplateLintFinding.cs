namespace Hub.Templates;

/// <summary>Something a template's author should look at before it costs money or reads oddly: where, and what to do.</summary>
/// <param name="Severity"><c>error</c> (the template will fail or exceed its limit) or <c>warning</c>.</param>
public sealed record TemplateLintFinding(string Severity, string Channel, string? Locale, string? Field, int Line, string Message);
