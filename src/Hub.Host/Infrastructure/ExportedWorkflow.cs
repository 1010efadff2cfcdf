namespace Hub.Host.Infrastructure;

/// <summary>One workflow text to write: its id, the text exactly as stored, and which text it is ("version 3", "draft").</summary>
internal sealed record ExportedWorkflow(string Id, string Source, string What);
