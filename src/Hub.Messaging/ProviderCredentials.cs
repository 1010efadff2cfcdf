using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace Hub.Messaging;

/// <summary>Encrypts provider credentials at rest with ASP.NET Data Protection; the keys live in the database so every node can read them.</summary>
public sealed class ProviderCredentials(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("Hub.ProviderCredentials.v1");

    /// <summary>The protected form to store, or null for no credentials.</summary>
    public string? Protect(IReadOnlyDictionary<string, string> credentials) =>
        credentials.Count == 0 ? null : _protector.Protect(JsonSerializer.Serialize(credentials));

    public IReadOnlyDictionary<string, string> Unprotect(string? protectedCredentials) =>
        protectedCredentials is null
            ? new Dictionary<string, string>(StringComparer.Ordinal)
            : new Dictionary<string, string>(
                JsonSerializer.Deserialize<Dictionary<string, string>>(_protector.Unprotect(protectedCredentials)) ?? [], StringComparer.Ordinal);
}
