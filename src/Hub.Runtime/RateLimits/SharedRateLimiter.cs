using System.Data.Common;
using Hub.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Runtime.RateLimits;

/// <summary>
/// A token bucket per key kept in the database, so that every process sending for one sender shares one rate. Each
/// take is one statement (an upsert that refills by the time elapsed and takes a token only if one is there), run on
/// its own connection and committed at once: it never waits on, or holds a lock for, the caller's transaction. On
/// PostgreSQL the database's clock is used, so nodes with skewed clocks still share one rate.
/// </summary>
public sealed class SharedRateLimiter(IServiceScopeFactory scopes, SqliteWriteGate gate, TimeProvider time)
{
    /// <summary>
    /// Takes one token from <paramref name="key"/>'s bucket, which refills at <paramref name="perSecond"/> and holds
    /// at most a tenth of a second's worth (at least one), so that bursts stay within a few percent of the rate.
    /// Returns null when a token was taken, else how long until the next one.
    /// </summary>
    public async Task<TimeSpan?> TryTakeAsync(string key, double perSecond, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(perSecond);
        var capacity = Math.Max(1, perSecond / 10);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        using var turn = await gate.EnterAsync(db, cancellationToken);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var now = db.IsSqlite ? "@now" : "(extract(epoch from now()) * 1000)::bigint";
        var refilled = $"(CASE WHEN rate_limit_buckets.tokens + (CASE WHEN {now} > rate_limit_buckets.refilled_at THEN {now} - rate_limit_buckets.refilled_at ELSE 0 END) * @rate / 1000.0 > @capacity " +
            $"THEN @capacity ELSE rate_limit_buckets.tokens + (CASE WHEN {now} > rate_limit_buckets.refilled_at THEN {now} - rate_limit_buckets.refilled_at ELSE 0 END) * @rate / 1000.0 END)";
        command.CommandText =
            $"INSERT INTO rate_limit_buckets (name, tokens, refilled_at) VALUES (@name, @capacity - 1, {now}) " +
            $"ON CONFLICT (name) DO UPDATE SET tokens = {refilled} - 1, refilled_at = {now} " +
            $"WHERE {refilled} >= 1 RETURNING tokens";
        Add(command, "name", key);
        Add(command, "rate", perSecond);
        Add(command, "capacity", capacity);
        Add(command, "now", time.GetUtcNow().ToUnixTimeMilliseconds());
        var taken = await command.ExecuteScalarAsync(cancellationToken);
        if (taken is not null and not DBNull)
        {
            return null;
        }
        // No token: the next one is at most one token's time away (less if the bucket was part full).
        return TimeSpan.FromSeconds(1 / perSecond);
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
