namespace Hub.Host.Infrastructure;

/// <summary>What this process does (<c>Hub:Roles</c>).</summary>
internal sealed record HubRoles(bool Ingest, bool Worker);
