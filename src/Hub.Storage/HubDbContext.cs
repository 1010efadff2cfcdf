using System.Text;
using Hub.Storage.Workspaces;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Hub.Storage.Conversions;

namespace Hub.Storage;

/// <summary>
/// The one provider-agnostic context. It knows no module's entities: each module contributes its part of the model
/// (<see cref="IHubModelPart"/>), and tables are reached through the modules' extension properties (<c>db.Jobs</c>).
/// Rows that belong to a workspace are filtered to the current one and stamped with it when added.
/// </summary>
public sealed class HubDbContext(DbContextOptions<HubDbContext> options, IEnumerable<IHubModelPart> parts, WorkspaceScope? workspace = null)
    : DbContext(options), IDataProtectionKeyContext
{
    public const string SqliteProviderName = "Microsoft.EntityFrameworkCore.Sqlite";

    private readonly WorkspaceScope _workspace = workspace ?? new WorkspaceScope();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Workspace> Workspaces => Set<Workspace>();

    /// <summary>The workspace this context reads and writes; read by the query filters on every query.</summary>
    public string WorkspaceId => _workspace.Id;

    private bool? _isSqlite;

    public bool IsSqlite => _isSqlite ??= Database.ProviderName == SqliteProviderName;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        // Every instant is stored as UTC, for every entity; where a source's offset carries meaning, the entity keeps it beside.
        if (IsSqlite)
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcBinaryDateTimeOffsetConverter>();
        }
        else
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(HubDbContext).Assembly);
        foreach (var part in parts)
        {
            part.Configure(modelBuilder);
        }
        modelBuilder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
        ScopeToWorkspace(modelBuilder);
        UseSnakeCaseColumns(modelBuilder);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampWorkspace();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampWorkspace();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private void StampWorkspace()
    {
        foreach (var entry in ChangeTracker.Entries<IWorkspaceOwned>())
        {
            if (entry.State == EntityState.Added && string.IsNullOrEmpty(entry.Entity.WorkspaceId))
            {
                entry.Entity.WorkspaceId = WorkspaceId;
            }
        }
    }

    private void ScopeToWorkspace(ModelBuilder modelBuilder)
    {
        var method = typeof(HubDbContext).GetMethod(nameof(FilterByWorkspace), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!;
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => typeof(IWorkspaceOwned).IsAssignableFrom(e.ClrType)).ToList())
        {
            method.MakeGenericMethod(entity.ClrType).Invoke(this, [modelBuilder]);
            entity.FindProperty(nameof(IWorkspaceOwned.WorkspaceId))!.SetMaxLength(64);
        }
    }

    // A member of the context in the filter is read per query, so one cached model serves every workspace.
    private void FilterByWorkspace<TEntity>(ModelBuilder modelBuilder) where TEntity : class, IWorkspaceOwned =>
        modelBuilder.Entity<TEntity>().HasQueryFilter(e => e.WorkspaceId == WorkspaceId);

    /// <summary>snake_case columns read naturally in psql and keep raw SQL identical on both databases.</summary>
    private static void UseSnakeCaseColumns(ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(ToSnakeCase(property.Name));
            }
            foreach (var key in entity.GetKeys())
            {
                key.SetName(ToSnakeCase(key.GetName() ?? key.GetDefaultName()!));
            }
            foreach (var index in entity.GetIndexes())
            {
                index.SetDatabaseName(ToSnakeCase(index.GetDatabaseName() ?? index.GetDefaultDatabaseName()!));
            }
            foreach (var foreignKey in entity.GetForeignKeys())
            {
                foreignKey.SetConstraintName(ToSnakeCase(foreignKey.GetConstraintName() ?? foreignKey.GetDefaultName()!));
            }
        }
    }

    private static string ToSnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0 && name[i - 1] != '_' && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))))
                {
                    builder.Append('_');
                }
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }
}
