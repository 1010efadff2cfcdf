using Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.Messaging;

/// <summary>Messaging's tables on the shared context.</summary>
public static class MessagingTables
{
    extension(HubDbContext db)
    {
        public DbSet<SendRequestRecord> SendRequests => db.Set<SendRequestRecord>();

        public DbSet<MessageRecord> Messages => db.Set<MessageRecord>();

        public DbSet<SendAttempt> SendAttempts => db.Set<SendAttempt>();

        public DbSet<MessageReceipt> MessageReceipts => db.Set<MessageReceipt>();

        public DbSet<ProviderInstance> Providers => db.Set<ProviderInstance>();

        public DbSet<ChannelRoute> ChannelRoutes => db.Set<ChannelRoute>();
    }
}
