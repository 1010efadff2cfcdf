using Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.Workflows.Simulation.Internals;

/// <summary>The one table only a simulation's throwaway database has: the messages it would have sent.</summary>
internal sealed class SimulationModelPart : IHubModelPart
{
    public static SimulationModelPart Instance { get; } = new();

    public void Configure(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        var message = modelBuilder.Entity<SimulatedMessageRecord>();
        message.ToTable("simulated_messages");
        message.HasKey(m => m.Id);
    }
}
