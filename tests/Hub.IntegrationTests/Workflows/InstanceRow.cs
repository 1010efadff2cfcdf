namespace Hub.IntegrationTests.Workflows;

/// <summary>One stored workflow instance, as the tests of step kinds look at it.</summary>
public sealed record InstanceRow(string Id, string Status, string? EndReason, string? LastError, string StateJson);
