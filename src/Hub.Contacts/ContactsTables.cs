using Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.Contacts;

/// <summary>Contacts' tables on the shared context.</summary>
public static class ContactsTables
{
    extension(HubDbContext db)
    {
        public DbSet<Contact> Contacts => db.Set<Contact>();

        public DbSet<ContactIdentity> ContactIdentities => db.Set<ContactIdentity>();

        public DbSet<ContactConsent> ContactConsents => db.Set<ContactConsent>();

        public DbSet<ConsentChange> ConsentChanges => db.Set<ConsentChange>();

        public DbSet<ServiceWindow> ServiceWindows => db.Set<ServiceWindow>();

        public DbSet<ConsentPolicyRecord> ConsentPolicies => db.Set<ConsentPolicyRecord>();
    }
}
