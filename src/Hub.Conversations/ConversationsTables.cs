using Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.Conversations;

/// <summary>Conversations' tables on the shared context.</summary>
public static class ConversationsTables
{
    extension(HubDbContext db)
    {
        public DbSet<Conversation> Conversations => db.Set<Conversation>();

        public DbSet<InboundMessageRecord> InboundMessages => db.Set<InboundMessageRecord>();
    }
}
