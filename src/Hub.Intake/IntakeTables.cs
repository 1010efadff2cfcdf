using Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.Intake;

/// <summary>Intake's tables on the shared context.</summary>
public static class IntakeTables
{
    extension(HubDbContext db)
    {
        public DbSet<ConnectorInstance> Connectors => db.Set<ConnectorInstance>();

        public DbSet<InboundRequest> InboundRequests => db.Set<InboundRequest>();
    }
}
