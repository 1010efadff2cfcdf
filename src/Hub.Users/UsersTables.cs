using Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.Users;

/// <summary>Users' tables on the shared context.</summary>
public static class UsersTables
{
    extension(HubDbContext db)
    {
        public DbSet<HubUser> HubUsers => db.Set<HubUser>();

        public DbSet<WorkspaceMember> WorkspaceMembers => db.Set<WorkspaceMember>();
    }
}
