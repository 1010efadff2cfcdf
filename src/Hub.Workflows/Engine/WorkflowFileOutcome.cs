namespace Hub.Workflows.Engine;

/// <summary>What storing one workflow file did: a new published version, or nothing because its text is stored.</summary>
/// <param name="Number">The new version's number, or the number of the stored version with the same text.</param>
/// <param name="PublishedNumber">The version new events start after the store; differs from <paramref name="Number"/>
/// when the text is an older version that something else replaced since (a later publish, not undone by the file).</param>
public sealed record WorkflowFileOutcome(string WorkflowId, bool IsNew, int Number, int? PublishedNumber);
