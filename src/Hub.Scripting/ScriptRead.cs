namespace Hub.Scripting;

/// <summary>One variable path a template reads, and where: 1-based line and column inside the template's text.</summary>
public sealed record ScriptRead(IReadOnlyList<string> Path, int Line, int Column);
