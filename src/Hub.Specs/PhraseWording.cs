using YamlDotNet.RepresentationModel;

namespace Hub.Specs;

/// <summary>
/// Lower-case phrases that follow the field they are about (<c>routes.x.emit: is required</c>), and say what was
/// found instead: the wording of connector specs.
/// </summary>
/// <param name="kind">What one file defines, for "one connector per file".</param>
/// <param name="rootKeys">The first keys of such a file, shown when the file is not a mapping: <c>type:, name:, ...</c>.</param>
public sealed class PhraseWording(string kind, string rootKeys) : SpecWording
{
    public override string FileField => "(yaml)";

    public override int EmptyFileLine => 0;

    public override string NotYaml(string reason) => reason;

    public override string MalformedYaml(string reason) => $"malformed YAML near here ({reason})";

    public override string EmptyFile() => "the file is empty";

    public override string SeveralDocuments() => $"one {kind} per file: found more than one YAML document";

    public override string RootNotAMapping(YamlNode root) => $"expected a mapping ({rootKeys})";

    public override string NotAPlainKey(YamlNode key) => $"expected a plain name as key, found {YamlMap.Describe(key)}";

    public override string NotAMapping(YamlNode node) => $"expected a mapping (key: value lines), found {YamlMap.Describe(node)}";

    public override string Missing(string key) => "is required";

    public override string Empty(string key) => "is empty";

    public override string NotASingleValue(YamlNode node) => $"expected a single value, found {YamlMap.Describe(node)}";

    public override string NotText(YamlNode node) => $"expected text, found {YamlMap.Describe(node)}";

    public override string NotOneOf(string value, IEnumerable<string> allowed) => $"'{value}' is not one of: {string.Join(", ", allowed)}";

    public override string NotABoolean(YamlNode node) => $"expected true or false, found {YamlMap.Describe(node)}";

    public override string NotAWholeNumber(YamlNode node) => $"expected a whole number, found {YamlMap.Describe(node)}";

    public override string NotAList(YamlNode node) => $"expected a list, found {YamlMap.Describe(node)}";

    public override string UnknownKey(string key, IEnumerable<string> expected, string? hint) =>
        $"unknown key; {hint ?? $"expected one of: {string.Join(", ", expected)}"}";

    public override string NotSupportedYet(string key) => "is not supported yet";
}
