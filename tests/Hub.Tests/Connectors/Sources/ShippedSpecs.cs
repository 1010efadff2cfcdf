using Hub.Connectors;

namespace Hub.Tests.Connectors.Sources;

/// <summary>
/// Loads one shipped spec from <c>connectors/</c> on its own, so that a test of one source system cannot be broken by
/// another system's spec being edited at the same time.
/// </summary>
internal static class ShippedSpecs
{
    public static ConnectorDefinition Load(string type)
    {
        using var specs = new TempSpecDirectory();
        specs.Write($"{type}.yaml", File.ReadAllText(Path.Combine(RepoPaths.ConnectorsDirectory, $"{type}.yaml")));
        return ConnectorCatalog.LoadDirectory(specs.Path).Find(type)!;
    }
}
