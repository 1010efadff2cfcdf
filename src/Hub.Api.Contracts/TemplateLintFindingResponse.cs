namespace Hub.Api.Contracts;

/// <summary>One finding: <c>error</c> or <c>warning</c>, the channel and locale, the field and file line, and what to do.</summary>
public sealed record TemplateLintFindingResponse(string Severity, string Channel, string? Locale, string? Field, int Line, string Message);
