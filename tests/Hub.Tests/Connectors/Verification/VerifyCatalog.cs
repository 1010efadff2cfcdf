using Hub.Connectors;

namespace Hub.Tests.Connectors.Verification;

/// <summary>Every block of <see cref="VerifySpecs"/> compiled once through <see cref="ConnectorCatalog.LoadDirectory"/>.</summary>
internal static class VerifyCatalog
{
    private static readonly Lazy<ConnectorCatalog> Catalog = new(Load);

    public static ConnectorDefinition For(string type) =>
        Catalog.Value.Find(type) ?? throw new InvalidOperationException($"No {type} spec in VerifySpecs.ByType.");

    private static ConnectorCatalog Load()
    {
        // The catalog keeps compiled definitions, not files, so the directory can go at once.
        using var specs = new TempSpecDirectory();
        foreach (var (type, block) in VerifySpecs.ByType)
        {
            specs.Write($"{type}.yaml", VerifySpecs.Spec(type, block));
        }
        return ConnectorCatalog.LoadDirectory(specs.Path);
    }
}
