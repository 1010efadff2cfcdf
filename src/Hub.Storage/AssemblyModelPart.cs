using Microsoft.EntityFrameworkCore;

namespace Hub.Storage;

/// <summary>The entity configurations found in one module's assembly.</summary>
public class AssemblyModelPart(System.Reflection.Assembly assembly) : IHubModelPart
{
    public void Configure(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(assembly);
    }
}
