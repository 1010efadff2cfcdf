using Hub.Connectors;

namespace Hub.Tests.Connectors.Engine;

/// <summary>Writes one spec and returns its only error, checking that the error names the file.</summary>
internal static class SpecErrors
{
    public static SpecError Single(TempSpecDirectory specs, string type, string yaml)
    {
        var file = specs.Write($"{type}.yaml", yaml);
        var errors = ConnectorCatalog.Validate(specs.Path);
        var error = Assert.Single(errors);
        Assert.Equal(file, error.File);
        return error;
    }

    /// <summary>Asserts line, field and a part of the message in one go, so that a failure shows all three.</summary>
    public static void Is(this SpecError error, int line, string field, string message)
    {
        Assert.Equal((line, field), (error.Line, error.Field));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
