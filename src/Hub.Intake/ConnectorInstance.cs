using System.Text.Json.Nodes;
using Hub.Storage.Workspaces;

namespace Hub.Intake;

/// <summary>One configured source system; its id is the <c>{connectorId}</c> of <c>/webhooks/{connectorId}</c>.</summary>
public sealed class ConnectorInstance : IWorkspaceOwned
{
    public required string Id { get; set; }
    public string WorkspaceId { get; set; } = "";
    public required string Type { get; set; }

    /// <summary>The signing secret, encrypted with ASP.NET Data Protection; never stored or logged in clear.</summary>
    public required string ProtectedSecret { get; set; }

    /// <summary>The previous secret, still accepted until <see cref="PreviousSecretExpiresAt"/> so that deliveries signed before a rotation pass.</summary>
    public string? ProtectedPreviousSecret { get; set; }

    public DateTimeOffset? PreviousSecretExpiresAt { get; set; }

    /// <summary>Secret credentials for calls back to the source (API tokens for enrichment), a JSON object encrypted like the secret.</summary>
    public string? ProtectedCredentials { get; set; }

    /// <summary>Non-secret settings as a JSON object (default region, API base URL, ...).</summary>
    public string SettingsJson { get; set; } = "{}";

    public long? MaxBodyBytes { get; set; }

    /// <summary>The settings as a fresh JSON object (an empty one when none are set).</summary>
    public JsonObject ReadSettings() => JsonNode.Parse(SettingsJson) as JsonObject ?? [];
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
