using System.Text.Json.Nodes;
using Hub.Storage.Workspaces;

namespace Hub.Messaging;

/// <summary>
/// One configured provider (<c>PUT /api/v1/providers/{id}</c>): its type, settings and credentials. The id is unique
/// across workspaces, since provider callbacks arrive at <c>/providers/{id}/...</c> without naming a workspace.
/// </summary>
public sealed class ProviderInstance : IWorkspaceOwned
{
    public required string Id { get; set; }
    public string WorkspaceId { get; set; } = "";
    public required string Type { get; set; }

    /// <summary>Non-secret settings as a JSON object.</summary>
    public string SettingsJson { get; set; } = "{}";

    /// <summary>The credentials, a JSON object of strings encrypted with ASP.NET Data Protection; null when there are none.</summary>
    public string? ProtectedCredentials { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The settings as a fresh JSON object (an empty one when none are set).</summary>
    public JsonObject ReadSettings() => JsonNode.Parse(SettingsJson) as JsonObject ?? [];
}
