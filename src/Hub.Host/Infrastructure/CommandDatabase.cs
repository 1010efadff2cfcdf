using Hub.Access;
using System.Data.Common;
using Hub.Channels.Sandbox;
using Hub.Contacts;
using Hub.Conversations;
using Hub.Intake;
using Hub.Messaging;
using Hub.Runtime;
using Hub.Storage;
using Hub.Storage.Workspaces;
using Hub.Templates.Versions;
using Hub.Users;
using Hub.Verifications;
using Hub.Workflows.Engine;
using Microsoft.EntityFrameworkCore;

namespace Hub.Host.Infrastructure;

/// <summary>Hub's database opened by a command rather than the server: one workspace's view, checked before use.</summary>
internal static class CommandDatabase
{
    // Every module's tables, as the server registers them and the migrations' design-time factories list them: migrating
    // with only part of the model would make EF Core see pending model changes and refuse.
    private static readonly IHubModelPart[] Model =
        [RuntimeRegistration.ModelPart, IntakeRegistration.ModelPart, WorkflowsRegistration.ModelPart, MessagingRegistration.ModelPart,
         SandboxRegistration.ModelPart, VerificationsRegistration.ModelPart, TemplatesRegistration.ModelPart, ContactsRegistration.ModelPart,
         ConversationsRegistration.ModelPart, AccessRegistration.ModelPart, UsersRegistration.ModelPart];

    /// <param name="migrate">Apply pending migrations first, as start-up does; otherwise a database that is not
    /// migrated to this version of Hub is refused (its tables may not have the columns this version reads).</param>
    /// <returns>The context, or why the database cannot be used, in one line.</returns>
    public static async Task<(HubDbContext? Db, string? Error)> OpenAsync(
        DatabaseConnection connection, string workspaceId, bool migrate, CancellationToken cancellationToken)
    {
        // SQLite creates a missing file on open; a command reading data must say there is none instead.
        if (!migrate && connection.SqliteFile is { } file && !File.Exists(file))
        {
            return (null, $"No database at {file}: start Hub once, or point ConnectionStrings__Hub at its database.");
        }
        var workspace = new WorkspaceScope();
        workspace.Enter(workspaceId);
        var options = new DbContextOptionsBuilder<HubDbContext>();
        connection.UseIn(options);
        var db = new HubDbContext(options.Options, Model, workspace);
        try
        {
            if (migrate)
            {
                await db.Database.MigrateAsync(cancellationToken);
            }
            else if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count() is > 0 and var pending)
            {
                await db.DisposeAsync();
                return (null, $"The database is not migrated to this version of Hub ({pending} migrations pending): start Hub once, or run import, which migrates it.");
            }
            if (!await db.Workspaces.AnyAsync(w => w.Id == workspaceId, cancellationToken))
            {
                await db.DisposeAsync();
                return (null, $"No workspace '{workspaceId}' in the database.");
            }
            return (db, null);
        }
        catch (DbException ex)
        {
            await db.DisposeAsync();
            return (null, $"Cannot use the {(connection.IsPostgres ? "PostgreSQL" : "SQLite")} database: {ex.Message}");
        }
    }
}
