using Hub.Connectors.Internals.Spec;
using Hub.Specs;

namespace Hub.Connectors.Internals.Verification;

/// <summary>The built-in verification schemes by name; each reads its own parameters from the <c>verify</c> mapping.</summary>
internal static class VerificationSchemes
{
    private static readonly Dictionary<string, Func<YamlMap, IVerificationScheme?>> Factories = new(StringComparer.Ordinal)
    {
        ["hmac-body"] = HmacBodyScheme.FromSpec,
        ["timestamped-hmac"] = TimestampedHmacScheme.FromSpec,
        ["standard-webhooks"] = StandardWebhooksScheme.FromSpec,
        ["url-hmac"] = UrlHmacScheme.FromSpec,
        ["hubspot"] = HubSpotScheme.FromSpec,
        ["basic-auth"] = BasicAuthScheme.FromSpec,
        ["salesforce-org"] = SalesforceOrgScheme.FromSpec,
        ["none"] = _ => NoneScheme.Instance,
    };

    // Settings a scheme compares with request content must be plain text.
    private static readonly string[] TextSettingTypes = ["string", "url"];

    public static IReadOnlyCollection<string> Names => Factories.Keys;

    public static IVerificationScheme? FromSpec(YamlMap verify)
    {
        var name = verify.NonBlankText("scheme", required: true);
        if (name is null)
        {
            return null;
        }
        if (!Factories.TryGetValue(name, out var factory))
        {
            verify.Spec.Error(verify.Written("scheme"), verify.FieldOf("scheme"),
                $"unknown scheme '{name}'; built-in schemes: {string.Join(", ", Factories.Keys)}");
            return null;
        }
        var scheme = factory(verify);
        verify.RejectKeysNotAskedFor();
        return scheme;
    }

    /// <summary>
    /// Reports every setting the scheme reads that the spec's <c>settings:</c> does not declare as text. Call once
    /// both are parsed: without it, an undeclared setting would only show as every delivery being rejected.
    /// </summary>
    public static void CheckSettings(IVerificationScheme scheme, IReadOnlyList<ConnectorSetting> declared, SpecContext spec)
    {
        foreach (var used in scheme.UsedSettings)
        {
            var setting = declared.FirstOrDefault(s => string.Equals(s.Name, used.Name, StringComparison.Ordinal));
            if (setting is null)
            {
                spec.Error(used.Node, used.Field,
                    $"setting '{used.Name}' is not declared; add it under settings: ({used.Name}: {{ type: string, required: true, help: ... }})");
            }
            else if (!TextSettingTypes.Contains(setting.Type))
            {
                spec.Error(used.Node, used.Field,
                    $"setting '{used.Name}' has type {setting.Type}; verification compares text, so declare it as type: string or url");
            }
        }
    }
}
