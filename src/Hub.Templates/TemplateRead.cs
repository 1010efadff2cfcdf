namespace Hub.Templates;

/// <summary>A data path a template text reads (<c>contact.firstName</c>), where it is in the file, and in which text.</summary>
/// <param name="Column">1-based; 0 when the text's style (folded, escaped) hides it.</param>
/// <param name="Field">The text, e.g. <c>email.nb.subject</c>.</param>
public sealed record TemplateRead(IReadOnlyList<string> Path, string File, int Line, int Column, string Field);
