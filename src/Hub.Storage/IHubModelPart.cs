using Microsoft.EntityFrameworkCore;

namespace Hub.Storage;

/// <summary>
/// A module's share of the one model: its entities and their <see cref="IEntityTypeConfiguration{TEntity}"/>s.
/// Each module registers one with its registration call; <see cref="HubDbContext"/> applies them all.
/// </summary>
public interface IHubModelPart
{
    void Configure(ModelBuilder modelBuilder);
}
