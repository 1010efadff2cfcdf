using System.Security.Cryptography;
using System.Text;
using Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.Workflows.Engine.Steps;

/// <summary>
/// Serializes the transactions that decide about one digest or throttle key, on PostgreSQL: a transaction-scoped
/// advisory lock, held until commit, so the second transaction reads what the first committed (read committed takes
/// a fresh snapshot per statement). No table is needed. Without an open transaction (SQLite, where a batch reads
/// before its write transaction begins, or an event posted through the API) there is nothing to hold it in, and
/// callers document what may race.
/// </summary>
internal static class KeyLock
{
    public static async Task<bool> TryHoldAsync(HubDbContext db, string scope, CancellationToken cancellationToken)
    {
        if (db.IsSqlite || db.Database.CurrentTransaction is null)
        {
            return false;
        }
        var id = BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes(scope)), 0);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({id})", cancellationToken);
        return true;
    }

    /// <summary>A short, fixed-length token for a key within a workflow's step (keys may be 200 characters).</summary>
    public static string Token(string workflowId, string stepId, string key) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{workflowId}\n{stepId}\n{key}")))[..32];
}
