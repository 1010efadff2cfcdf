using Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.Workflows.Engine;

/// <summary>The engine's tables on the shared context.</summary>
public static class WorkflowTables
{
    extension(HubDbContext db)
    {
        public DbSet<WorkflowDefinitionRecord> WorkflowDefinitions => db.Set<WorkflowDefinitionRecord>();

        public DbSet<WorkflowInstance> WorkflowInstances => db.Set<WorkflowInstance>();

        public DbSet<WorkflowJournalEntry> WorkflowJournal => db.Set<WorkflowJournalEntry>();

        public DbSet<WorkflowDraft> WorkflowDrafts => db.Set<WorkflowDraft>();
    }
}
