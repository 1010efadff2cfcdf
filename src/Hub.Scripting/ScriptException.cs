namespace Hub.Scripting;

/// <summary>An expression or template that does not parse or fails while running; the message says where and why.</summary>
public sealed class ScriptException : Exception
{
    public ScriptException(string message) : base(message) { }

    public ScriptException(string message, Exception inner) : base(message, inner) { }

    public ScriptException() { }
}
