using YamlDotNet.RepresentationModel;
using Hub.Specs;

namespace Hub.Connectors.Internals.Spec;

/// <summary>Collects the errors of one spec file so that a single load reports all of them.</summary>
internal sealed class SpecDiagnostics(string file)
{
    private readonly List<SpecError> _errors = [];

    public string File { get; } = file;

    public IReadOnlyList<SpecError> Errors => _errors;

    public bool HasErrors => _errors.Count > 0;

    public void Add(YamlNode? at, string field, string message) =>
        Add(at is null ? 0 : at.Start.Line, field, message);

    public void Add(long line, string field, string message) =>
        _errors.Add(new SpecError(File, (int)Math.Clamp(line, 0, int.MaxValue), field, message));
}
