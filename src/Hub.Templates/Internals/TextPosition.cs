using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Hub.Templates.Internals;

/// <summary>
/// Maps a position inside a template text to the file. In a literal block (<c>|</c>) text line n is file line start+1+n,
/// indented as the block's first line; a one-line scalar starts after its quote. Other styles fold or escape, so there
/// the text's own position is all that can honestly be said (column 0: unknown).
/// </summary>
internal sealed record TextPosition(int Line, int Column, bool Literal)
{
    public static TextPosition Of(YamlScalarNode scalar, IReadOnlyList<string> fileLines)
    {
        var line = (int)scalar.Start.Line;
        if (scalar.Style == ScalarStyle.Literal)
        {
            var first = line < fileLines.Count ? fileLines[line] : "";
            return new TextPosition(line, first.Length - first.TrimStart(' ').Length, Literal: true);
        }
        var quote = scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted ? 1 : 0;
        var oneLine = scalar.Value?.Contains('\n', StringComparison.Ordinal) != true && scalar.Start.Line == scalar.End.Line;
        return new TextPosition(line, oneLine ? (int)scalar.Start.Column - 1 + quote : -1, Literal: false);
    }

    /// <summary>The file line and column (1-based; column 0 when unknown) of 1-based <paramref name="textLine"/>:<paramref name="textColumn"/>.</summary>
    public (int Line, int Column) InFile(int textLine, int textColumn)
    {
        if (Literal)
        {
            return (Line + textLine, Column + textColumn);
        }
        return textLine == 1 && Column >= 0 ? (Line, Column + textColumn) : (Line, 0);
    }
}
