using Hub.Access.Keys;
using Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.Access;

/// <summary>Access's tables on the shared context.</summary>
public static class AccessTables
{
    extension(HubDbContext db)
    {
        public DbSet<ApiKey> ApiKeys => db.Set<ApiKey>();
    }
}
