using System.Text.Json.Nodes;
using Hub.Connectors.Internals.Spec;
using YamlDotNet.RepresentationModel;
using Hub.Specs;

namespace Hub.Connectors.Internals.Verification;

/// <summary>
/// A spec key such as <c>url_setting: notificationUrl</c>: the name of an instance setting a scheme reads, with where
/// it was written so that an undeclared name is reported at that line.
/// </summary>
internal sealed record SettingReference(string Name, string Field, YamlNode? Node)
{
    public static SettingReference? Read(YamlMap spec, string key)
    {
        var name = spec.NonBlankText(key, required: true);
        if (name is null)
        {
            return null;
        }
        if (!SpecPatterns.Identifier().IsMatch(name))
        {
            spec.Spec.Error(spec.Written(key), spec.FieldOf(key), $"'{name}' is not a setting name (letters, digits, _)");
            return null;
        }
        return new SettingReference(name, spec.FieldOf(key), spec.Written(key));
    }

    /// <summary>The instance's value, or null when it is missing, not text, or blank (verification then fails).</summary>
    public string? ValueIn(JsonObject settings) =>
        settings.TryGetPropertyValue(Name, out var node)
        && node is JsonValue value
        && value.TryGetValue<string>(out var text)
        && !string.IsNullOrWhiteSpace(text)
            ? text
            : null;
}
