using System.Globalization;
using System.Text.Json.Nodes;
using Hub.Specs;

namespace Hub.Connectors.Internals.Spec;

/// <summary>Reads <c>settings:</c>, the values an integrator fills in per connector instance.</summary>
internal static class SettingsParser
{
    private static readonly string[] Types = ["string", "region", "url", "integer", "boolean", "timezone", "locale"];

    public static IReadOnlyList<ConnectorSetting> Parse(YamlMap? settings)
    {
        if (settings is null)
        {
            return [];
        }
        var result = new List<ConnectorSetting>();
        foreach (var (name, keyNode, value) in settings.Entries())
        {
            var field = settings.FieldOf(name);
            if (!SpecPatterns.Identifier().IsMatch(name))
            {
                settings.Spec.Error(keyNode, field, "a setting name must be a plain identifier (letters, digits, _) so that expressions can read settings.name");
                continue;
            }
            if (value is not YamlDotNet.RepresentationModel.YamlMappingNode node)
            {
                settings.Spec.Error(value, field, $"expected a mapping (type:, required:, help:), found {YamlMap.Describe(value)}");
                continue;
            }
            var spec = YamlMap.Of(settings.Spec, node, field, SpecContext.LineOf(keyNode));
            var type = spec.Choice("type", Types) ?? (spec.Has("type") ? null : "string");
            var required = spec.Boolean("required") ?? false;
            var help = spec.NonBlankText("help");
            var fallback = spec.NonBlankText("default");
            spec.RejectKeysNotAskedFor();
            if (type is null)
            {
                continue;
            }
            var defaultValue = fallback is null ? null : Default(type, fallback, spec);
            result.Add(new ConnectorSetting(name, type, required, help, defaultValue));
        }
        return result;
    }

    private static JsonNode? Default(string type, string text, YamlMap spec)
    {
        JsonNode? value = type switch
        {
            "integer" => long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? JsonValue.Create(number) : null,
            "boolean" => text is "true" or "false" ? JsonValue.Create(text == "true") : null,
            "region" => SpecPatterns.Region().IsMatch(text) ? JsonValue.Create(text) : null,
            "url" => Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "https" or "http" ? JsonValue.Create(text) : null,
            _ => JsonValue.Create(text),
        };
        if (value is null)
        {
            spec.Spec.Error(spec.Written("default"), spec.FieldOf("default"), $"'{text}' is not a valid {type}");
        }
        return value;
    }
}
