namespace Hub.Templates;

/// <summary>One problem in a template file, located so that an analyst can jump to it.</summary>
/// <param name="File">The file as it was found in the templates directory.</param>
/// <param name="Line">1-based line in that file; 0 when the problem is not tied to a line.</param>
/// <param name="Field">Where in the document, e.g. <c>sms.de</c>; empty for the whole file.</param>
public sealed record SpecError(string File, int Line, string Field, string Message)
{
    public override string ToString() => $"{File}({Line}): {Field}: {Message}";
}
