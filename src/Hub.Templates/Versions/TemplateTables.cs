using Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.Templates.Versions;

/// <summary>The template tables on the shared context.</summary>
public static class TemplateTables
{
    extension(HubDbContext db)
    {
        public DbSet<TemplateVersionRecord> TemplateVersions => db.Set<TemplateVersionRecord>();

        public DbSet<TemplateDraft> TemplateDrafts => db.Set<TemplateDraft>();
    }
}
