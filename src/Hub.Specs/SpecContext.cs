using YamlDotNet.RepresentationModel;

namespace Hub.Specs;

/// <summary>Collects the errors of one file, so that an analyst sees all of them at once rather than one per reload.</summary>
public sealed class SpecContext(string file)
{
    private readonly List<SpecError> _errors = [];

    public string File { get; } = file;

    public IReadOnlyList<SpecError> Errors => _errors;

    public void Error(YamlNode node, string field, string message) => Error(LineOf(node), field, message);

    public void Error(int line, string field, string message) => _errors.Add(new SpecError(File, line, field, message));

    public static int LineOf(YamlNode node) => (int)node.Start.Line;
}
