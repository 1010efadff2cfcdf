using Hub.Connectors.Internals.Spec;
using Hub.Specs;

namespace Hub.Connectors;

/// <summary>The connector specs of a directory (<c>connectors/*.yaml</c>), compiled once at startup.</summary>
public sealed class ConnectorCatalog : IConnectorCatalog
{
    private readonly Dictionary<string, ConnectorDefinition> _byType;

    private ConnectorCatalog(IEnumerable<ConnectorDefinition> definitions)
    {
        _byType = definitions.ToDictionary(d => d.Type, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyCollection<ConnectorDefinition> All => _byType.Values;

    public ConnectorDefinition? Find(string type) =>
        type is not null && _byType.TryGetValue(type, out var definition) ? definition : null;

    /// <summary>Loads every <c>*.yaml</c>/<c>*.yml</c> file; throws <see cref="ConnectorSpecException"/> listing every error.</summary>
    public static ConnectorCatalog LoadDirectory(string directory)
    {
        var (definitions, errors) = Load(directory);
        return errors.Count > 0 ? throw new ConnectorSpecException(errors) : new ConnectorCatalog(definitions);
    }

    /// <summary>Every error in the specs of <paramref name="directory"/>; empty when they all load.</summary>
    public static IReadOnlyList<SpecError> Validate(string directory) => Load(directory).Errors;

    private static (List<ConnectorDefinition> Definitions, List<SpecError> Errors) Load(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        var definitions = new List<ConnectorDefinition>();
        var errors = new List<SpecError>();
        if (!Directory.Exists(directory))
        {
            errors.Add(new SpecError(directory, 0, "(directory)", "the connector directory does not exist"));
            return (definitions, errors);
        }
        var files = Directory.EnumerateFiles(directory)
            .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files)
        {
            var spec = new SpecContext(file, ConnectorSpecParser.Wording);
            var model = Read(file, spec) is { } text ? ConnectorSpecParser.Parse(file, text, spec) : null;
            errors.AddRange(spec.Errors);
            if (model is null)
            {
                continue;
            }
            if (seen.TryGetValue(model.Type, out var first))
            {
                errors.Add(new SpecError(file, model.TypeLine, "type", $"type '{model.Type}' is already defined in {first}"));
                continue;
            }
            seen[model.Type] = file;
            definitions.Add(new ConnectorDefinition(model));
        }
        return (definitions, errors);
    }

    private static string? Read(string file, SpecContext spec)
    {
        try
        {
            return File.ReadAllText(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            spec.Error(0, "(file)", $"cannot read the file: {ex.Message}");
            return null;
        }
    }
}
