namespace Hub.Api.Contracts;

/// <summary>Body of <c>POST /api/v1/sandbox/inbound</c>: a message a sandbox handset sends to Hub.</summary>
public sealed record SandboxInboundRequest(string? Channel, string? From, string? To, string? Text);
