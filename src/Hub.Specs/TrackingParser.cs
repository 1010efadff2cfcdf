using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Hub.Specs;

/// <summary>Remembers where the last good YAML event ended, to locate errors that come without a position.</summary>
public sealed class TrackingParser(IParser inner) : IParser
{
    public int Line { get; private set; } = 1;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        var moved = inner.MoveNext();
        if (inner.Current is { } current)
        {
            Line = (int)current.End.Line;
        }
        return moved;
    }
}
