using System.Text.Json.Nodes;

namespace Hub.Api.Contracts;

/// <summary>One journal line: a step's outcome (<see cref="StepId"/> set) or what happened to the instance (null).</summary>
public sealed record WorkflowJournalEntryResponse(long Id, string? StepId, string Kind, string Outcome, string? Detail, JsonNode? Data, DateTimeOffset At);
