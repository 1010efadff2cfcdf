namespace Hub.IntegrationTests.BadInput;

/// <summary>How many connectors, inbound requests and events the admin API lists.</summary>
public sealed record StoredCounts(int Connectors, int InboundRequests, int Events);
