using YamlDotNet.RepresentationModel;

namespace Hub.Specs;

/// <summary>Collects the errors of one file, so that an author sees all of them at once rather than one per reload.</summary>
/// <param name="file">The file as it was found in its directory; every error names it.</param>
/// <param name="wording">How the toolkit words its own problems in this kind of file; <see cref="SpecWording.Sentences"/> by default.</param>
public sealed class SpecContext(string file, SpecWording? wording = null)
{
    private readonly List<SpecError> _errors = [];

    public string File { get; } = file;

    public SpecWording Wording { get; } = wording ?? SpecWording.Sentences;

    public IReadOnlyList<SpecError> Errors => _errors;

    public bool HasErrors => _errors.Count > 0;

    /// <summary>Reports a problem at <paramref name="node"/>'s line, or at line 0 (the whole file) without a node.</summary>
    public void Error(YamlNode? node, string field, string message) => Error(node is null ? 0 : LineOf(node), field, message);

    public void Error(int line, string field, string message) => _errors.Add(new SpecError(File, line, field, message));

    public static int LineOf(YamlNode node) => (int)Math.Clamp(node.Start.Line, 0, int.MaxValue);
}
