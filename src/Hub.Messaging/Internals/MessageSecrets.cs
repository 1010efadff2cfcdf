using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace Hub.Messaging.Internals;

/// <summary>
/// Encrypts a send request's secret values, and the text of its messages that holds them, with ASP.NET Data
/// Protection (keys in the database, as for provider credentials): the database never holds them in plain text.
/// </summary>
internal sealed class MessageSecrets(IDataProtectionProvider provider)
{
    /// <summary>What a secret value is shown as wherever the message is stored or listed.</summary>
    public const char MaskCharacter = '•';

    private readonly IDataProtector _protector = provider.CreateProtector("Hub.MessageSecrets.v1");

    public string? Protect(IReadOnlyDictionary<string, string>? secrets) =>
        secrets is null || secrets.Count == 0 ? null : _protector.Protect(JsonSerializer.Serialize(secrets));

    public IReadOnlyDictionary<string, string>? Unprotect(string? protectedSecrets) =>
        protectedSecrets is null ? null : JsonSerializer.Deserialize<Dictionary<string, string>>(_protector.Unprotect(protectedSecrets));

    public string ProtectContent(MessageContent content) => _protector.Protect(JsonSerializer.Serialize(content));

    public MessageContent UnprotectContent(string protectedContent) =>
        JsonSerializer.Deserialize<MessageContent>(_protector.Unprotect(protectedContent))
            ?? throw new InvalidOperationException("A message's protected content is empty.");

    public static string Mask(string value) => new(MaskCharacter, value.Length);
}
