using Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.Verifications;

/// <summary>This module's table on the shared context.</summary>
public static class VerificationTables
{
    extension(HubDbContext db)
    {
        public DbSet<Verification> Verifications => db.Set<Verification>();
    }
}
