namespace Hub.Specs;

/// <summary>
/// A data path a definition reads (<c>contact.firstName</c> in a template text), located so that a check against an
/// event schema can point at it.
/// </summary>
/// <param name="Line">1-based line in <paramref name="File"/>.</param>
/// <param name="Column">1-based column; 0 when the text's style (folded, escaped) hides it.</param>
/// <param name="Field">Where in the document, e.g. <c>email.nb.subject</c>.</param>
public sealed record SpecRead(IReadOnlyList<string> Path, string File, int Line, int Column, string Field);
