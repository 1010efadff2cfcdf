namespace Hub.Api.Contracts;

/// <summary>Why a variant failed: the message, and where in the template file (line, and the field such as <c>email.nb.subject</c>).</summary>
public sealed record TemplateErrorResponse(string Message, string? File, int Line, string? Field);
