namespace Hub.Api.Contracts;

/// <summary>One canonical event type and where its JSON Schema is.</summary>
public sealed record SchemaSummary(string Type, string Id, string Url);
