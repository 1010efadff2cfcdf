namespace Hub.Connectors;

/// <summary>One problem in a connector spec; <paramref name="Line"/> is 1-based, 0 when the problem has no line.</summary>
public sealed record SpecError(string File, int Line, string Field, string Message)
{
    public override string ToString() => $"{File}({Line}): {Field}: {Message}";
}
