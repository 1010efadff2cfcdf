using Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.QueueBench;

/// <summary>The database's own plan for the claim's inner query, to show which index it reads.</summary>
internal static class ClaimPlan
{
    public static async Task<string> ExplainAsync(DbContextOptions<HubDbContext> options)
    {
        await using var db = new HubDbContext(options, []);
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var inner = $"SELECT id FROM jobs WHERE status = 'Pending' AND lane = 'default' AND run_at <= {now} ORDER BY run_at LIMIT 32";
        var sql = db.IsSqlite ? $"EXPLAIN QUERY PLAN {inner}" : $"EXPLAIN {inner}";
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetValue(reader.FieldCount - 1)?.ToString()?.Trim() ?? "");
        }
        return string.Join(" / ", lines.Where(l => l.Contains("ix_jobs", StringComparison.Ordinal) || l.Contains("Scan", StringComparison.OrdinalIgnoreCase) || l.Contains("SEARCH", StringComparison.Ordinal)).Take(2));
    }
}
