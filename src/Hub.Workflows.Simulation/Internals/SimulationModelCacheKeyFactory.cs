using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Hub.Workflows.Simulation.Internals;

/// <summary>
/// EF Core caches one model per context type; a simulation's model has one table more than the host's, so it gets
/// its own cache entry instead of sharing (or poisoning) the host's.
/// </summary>
internal sealed class SimulationModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) => (context.GetType(), "simulation", designTime);
}
