using YamlDotNet.RepresentationModel;

namespace Hub.Specs;

/// <summary>Whole sentences that name the key: the wording of workflows and templates.</summary>
internal sealed class SentenceWording : SpecWording
{
    public override string FileField => "";

    public override int EmptyFileLine => 1;

    public override string NotYaml(string reason) => $"Not valid YAML: {reason}";

    public override string MalformedYaml(string reason) => $"Not valid YAML near here: {reason}";

    public override string EmptyFile() => "The file is empty.";

    public override string SeveralDocuments() => "The file must hold one YAML document, not several.";

    public override string RootNotAMapping(YamlNode root) => "The file must be a YAML mapping (key: value lines).";

    public override string NotAPlainKey(YamlNode key) => "Keys must be plain words.";

    public override string NotAMapping(YamlNode node) => "Expected a mapping (key: value lines).";

    public override string Missing(string key) => $"'{key}' is required.";

    public override string Empty(string key) => $"'{key}' is empty.";

    public override string NotASingleValue(YamlNode node) => "Expected a single value, not a list or mapping.";

    public override string NotText(YamlNode node) => $"Expected text, found {YamlMap.Describe(node)}.";

    public override string NotOneOf(string value, IEnumerable<string> allowed) => $"'{value}' is not one of: {string.Join(", ", allowed)}.";

    public override string NotABoolean(YamlNode node) => $"Expected true or false, found {YamlMap.Describe(node)}.";

    public override string NotAWholeNumber(YamlNode node) => $"Expected a whole number, found {YamlMap.Describe(node)}.";

    public override string NotAList(YamlNode node) => $"Expected a list, found {YamlMap.Describe(node)}.";

    public override string UnknownKey(string key, IEnumerable<string> expected, string? hint) =>
        $"Unknown key '{key}'; {hint ?? $"expected one of: {string.Join(", ", expected)}"}.";

    public override string NotSupportedYet(string key) => $"'{key}' is not supported yet.";
}
