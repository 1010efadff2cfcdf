using YamlDotNet.RepresentationModel;

namespace Hub.Specs;

/// <summary>
/// The words of the problems the toolkit itself finds (a missing key, an unknown one, a list where text belongs,
/// broken YAML). The logic that finds them is shared by every kind of file; only the phrasing differs, because each
/// kind's authors, tests and docs already know its messages: workflows and templates speak in
/// <see cref="Sentences"/>, connectors in lower-case <see cref="PhraseWording"/>.
/// </summary>
public abstract class SpecWording
{
    /// <summary>"'key' is required.", "Unknown key 'x'; expected one of: a, b.": the wording of workflows and templates.</summary>
    public static SpecWording Sentences { get; } = new SentenceWording();

    /// <summary>The field of a problem with the file as a whole (not valid YAML, empty, not a mapping).</summary>
    public abstract string FileField { get; }

    /// <summary>The line an empty file's error points at.</summary>
    public abstract int EmptyFileLine { get; }

    public abstract string NotYaml(string reason);

    /// <summary>YamlDotNet failed without saying where; the error points at the last line it read.</summary>
    public abstract string MalformedYaml(string reason);

    public abstract string EmptyFile();

    public abstract string SeveralDocuments();

    public abstract string RootNotAMapping(YamlNode root);

    public abstract string NotAPlainKey(YamlNode key);

    public abstract string NotAMapping(YamlNode node);

    public abstract string Missing(string key);

    /// <summary>A required key written with no value (<c>key:</c>, <c>~</c>).</summary>
    public abstract string Empty(string key);

    public abstract string NotASingleValue(YamlNode node);

    public abstract string NotText(YamlNode node);

    public abstract string NotOneOf(string value, IEnumerable<string> allowed);

    public abstract string NotABoolean(YamlNode node);

    public abstract string NotAWholeNumber(YamlNode node);

    public abstract string NotAList(YamlNode node);

    /// <param name="hint">What the mapping takes, when a list of keys would not say it well; null for that list.</param>
    public abstract string UnknownKey(string key, IEnumerable<string> expected, string? hint);

    public abstract string NotSupportedYet(string key);
}
