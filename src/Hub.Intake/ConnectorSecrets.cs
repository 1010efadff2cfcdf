using System.Text.Json.Nodes;
using Microsoft.AspNetCore.DataProtection;

namespace Hub.Intake;

/// <summary>Encrypts connector secrets at rest; keys live in the database so every node can read them.</summary>
public sealed class ConnectorSecrets(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("Hub.ConnectorSecrets.v1");

    public string Protect(string secret) => _protector.Protect(secret);

    public string Unprotect(string protectedSecret) => _protector.Unprotect(protectedSecret);

    public string ProtectCredentials(JsonObject credentials) => _protector.Protect(credentials.ToJsonString());

    public JsonObject UnprotectCredentials(string? protectedCredentials) =>
        protectedCredentials is null ? [] : JsonNode.Parse(_protector.Unprotect(protectedCredentials)) as JsonObject ?? [];
}
