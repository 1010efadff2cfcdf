using System.Text;
using Scriban.Runtime;

namespace Hub.Scripting;

/// <summary>
/// A template's output that fails once it grows past the output limit. Scriban itself cuts output short with "...",
/// and a message cut short must not be sent as if it were whole.
/// </summary>
internal sealed class LimitedOutput(int limit) : IScriptOutput
{
    private readonly StringBuilder _text = new();

    public void Write(string text, int offset, int count)
    {
        if (_text.Length + count > limit)
        {
            throw new InvalidOperationException($"The output would be longer than the limit of {limit} characters.");
        }
        _text.Append(text, offset, count);
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    public override string ToString() => _text.ToString();
}
