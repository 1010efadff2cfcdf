namespace Hub.Api.Contracts;

/// <summary>One problem in a template text: 1-based line and column (0 when not known) and the field, e.g. <c>sms.en</c>.</summary>
public sealed record TemplateIssue(int Line, int Column, string Field, string Message);
