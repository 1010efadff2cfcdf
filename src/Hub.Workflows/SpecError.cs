namespace Hub.Workflows;

/// <summary>One problem in a workflow file, located so that an analyst can jump to it.</summary>
/// <param name="File">The file as it was found in the workflows directory.</param>
/// <param name="Line">1-based line in that file; 0 when the problem is not tied to a line.</param>
/// <param name="Field">Where in the document, e.g. <c>steps[0].send.channels[1]</c>; empty for the whole file.</param>
public sealed record SpecError(string File, int Line, string Field, string Message)
{
    public override string ToString() => $"{File}({Line}): {Field}: {Message}";
}
