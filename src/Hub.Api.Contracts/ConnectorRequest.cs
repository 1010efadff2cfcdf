using System.Text.Json.Nodes;

namespace Hub.Api.Contracts;

/// <summary>
/// Body of <c>PUT /api/v1/connectors/{id}</c>. <see cref="Secret"/> and <see cref="Credentials"/> may be omitted on
/// update to keep the current ones; both are write-only. A new secret starts a rotation: the old one keeps verifying
/// for <see cref="PreviousSecretValidForSeconds"/> (default <c>Hub:Ingest:SecretRotationWindow</c>).
/// </summary>
public sealed record ConnectorRequest(
    string? Type,
    string? Secret,
    JsonObject? Settings,
    JsonObject? Credentials = null,
    long? MaxBodyBytes = null,
    int? PreviousSecretValidForSeconds = null);
