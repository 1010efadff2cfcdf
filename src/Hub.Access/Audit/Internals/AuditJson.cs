using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Hub.Access.Audit.Internals;

/// <summary>
/// A resource's state as the audit log keeps it: JSON in camelCase, with every value under a secret-like name
/// replaced by <c>"***"</c>. The handlers already speak of secrets only through <see cref="AuditSecrets"/>; this is
/// the net under them, so that a snapshot that forgets a credential still stores no secret.
/// </summary>
internal static class AuditJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    // Compared with the name's letters only, lower case: "client_secret", "authToken", "API-Key" all match.
    private static readonly string[] SecretNames =
        ["secret", "password", "passwd", "passphrase", "credential", "token", "apikey", "privatekey", "accesskey", "signingkey", "authkey"];

    public static string? Write(object? value)
    {
        if (value is null)
        {
            return null;
        }
        var node = value is JsonNode json ? json.DeepClone() : JsonSerializer.SerializeToNode(value, Options);
        if (node is null)
        {
            return null;
        }
        Redact(node, secret: false);
        return node.ToJsonString();
    }

    internal static bool IsSecretName(string name)
    {
        var letters = new string([.. name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);
        return SecretNames.Any(s => letters.Contains(s, StringComparison.Ordinal));
    }

    /// <summary>Under a secret name, strings and numbers become <c>"***"</c>; flags (<c>{"changed": true}</c>) stay.</summary>
    private static void Redact(JsonNode? node, bool secret)
    {
        if (node is JsonObject obj)
        {
            foreach (var (name, child) in obj.ToList())
            {
                var underSecret = secret || IsSecretName(name);
                if (IsSecretValue(child, underSecret))
                {
                    obj[name] = AuditSecrets.Redacted;
                }
                else
                {
                    Redact(child, underSecret);
                }
            }
        }
        else if (node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                if (IsSecretValue(array[i], secret))
                {
                    array[i] = AuditSecrets.Redacted;
                }
                else
                {
                    Redact(array[i], secret);
                }
            }
        }
    }

    private static bool IsSecretValue(JsonNode? node, bool secret) =>
        secret && node is JsonValue value && value.GetValueKind() is JsonValueKind.String or JsonValueKind.Number;
}
