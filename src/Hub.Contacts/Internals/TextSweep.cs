using Hub.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Hub.Contacts.Internals;

/// <summary>
/// Replaces text in every text column of every workspace table of the model, with one UPDATE per column (plain
/// SQL, the same on SQLite and PostgreSQL: REPLACE and LIKE). What the erasers did not know of (an error text
/// that quotes a number, a cached API answer, a module added later) loses the contact's addresses too.
/// </summary>
internal sealed class TextSweep(HubDbContext db)
{
    public async Task ReplaceAsync(IReadOnlyList<string> terms, string replacement, CancellationToken cancellationToken)
    {
        if (terms.Count == 0)
        {
            return;
        }
        foreach (var (table, workspaceColumn, column) in TextColumns())
        {
            // Parameters: {0} the replacement, {1}..{n} the terms, {n+1}..{2n} their LIKE patterns, {2n+1} the workspace.
            var set = Enumerable.Range(1, terms.Count).Aggregate($"\"{column}\"", (text, i) => $"REPLACE({text}, {{{i}}}, {{0}})");
            var where = string.Join(" OR ", Enumerable.Range(terms.Count + 1, terms.Count).Select(i => $"\"{column}\" LIKE {{{i}}}"));
            var sql = $"UPDATE \"{table}\" SET \"{column}\" = {set} WHERE \"{workspaceColumn}\" = {{{(2 * terms.Count) + 1}}} AND ({where})";
            object[] parameters = [replacement, .. terms, .. terms.Select(t => $"%{t}%"), db.WorkspaceId];
            await db.Database.ExecuteSqlRawAsync(sql, parameters, cancellationToken);
        }
    }

    /// <summary>Each string column stored as text (not an enum written as its name), with its table's workspace column.</summary>
    private IEnumerable<(string Table, string WorkspaceColumn, string Column)> TextColumns()
    {
        var seen = new HashSet<(string, string)>();
        foreach (var entity in db.Model.GetEntityTypes())
        {
            if (entity.GetTableName() is not { } table || entity.FindProperty(nameof(Hub.Storage.Workspaces.IWorkspaceOwned.WorkspaceId)) is not { } workspace)
            {
                continue;
            }
            var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
            var workspaceColumn = workspace.GetColumnName(store)!;
            foreach (var property in entity.GetProperties())
            {
                if (property.ClrType != typeof(string) || property.GetValueConverter() is not null || property == workspace
                    || property.GetColumnName(store) is not { } column || !seen.Add((table, column)))
                {
                    continue;
                }
                yield return (table, workspaceColumn, column);
            }
        }
    }
}
