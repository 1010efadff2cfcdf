using Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.Channels.Sandbox;

/// <summary>The sandbox's table on the shared context.</summary>
public static class SandboxTables
{
    extension(HubDbContext db)
    {
        public DbSet<SandboxMessage> SandboxMessages => db.Set<SandboxMessage>();
    }
}
