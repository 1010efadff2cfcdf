namespace Hub.Specs;

/// <summary>One problem in a definition file (connector spec, workflow, template), located so that its author can jump to it.</summary>
/// <param name="File">The file as it was found in its directory.</param>
/// <param name="Line">1-based line in that file; 0 when the problem is not tied to a line.</param>
/// <param name="Field">Where in the document, e.g. <c>steps[0].send.channels[1]</c>; empty for the whole file.</param>
/// <param name="Message">What is wrong, and where possible what would be right.</param>
public sealed record SpecError(string File, int Line, string Field, string Message)
{
    public override string ToString() => $"{File}({Line}): {Field}: {Message}";
}
