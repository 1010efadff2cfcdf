using YamlDotNet.RepresentationModel;
using Hub.Specs;

namespace Hub.Connectors.Internals.Spec;

/// <summary>
/// Reads <c>credentials:</c>, the secrets an integrator stores per instance for lookups (<c>accessToken: { required: true }</c>).
/// Declared so that the admin UI can ask for them and a misspelt <c>credentials.x</c> fails at load.
/// </summary>
internal static class CredentialsParser
{
    public static IReadOnlyList<ConnectorCredential> Parse(YamlMap? credentials)
    {
        var result = new List<ConnectorCredential>();
        foreach (var (name, keyNode, value) in credentials?.Entries() ?? [])
        {
            var field = credentials!.FieldOf(name);
            if (!SpecPatterns.Identifier().IsMatch(name))
            {
                credentials.Spec.Error(keyNode, field, "a credential name must be a plain identifier (letters, digits, _) so that auth: can read credentials.name");
                continue;
            }
            if (value is not YamlMappingNode node)
            {
                credentials.Spec.Error(value, field, $"expected a mapping (required:, help:), found {YamlMap.Describe(value)}");
                continue;
            }
            var spec = YamlMap.Of(credentials.Spec, node, field, SpecContext.LineOf(keyNode));
            var required = spec.Boolean("required") ?? false;
            var help = spec.NonBlankText("help");
            spec.RejectKeysNotAskedFor();
            result.Add(new ConnectorCredential(name, required, help));
        }
        return result;
    }
}
