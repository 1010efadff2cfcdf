using System.Data.Common;
using System.Globalization;
using System.Text;
using Hub.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;

namespace Hub.Runtime.Jobs;

/// <summary>
/// The durable work queue. Claims are leases: a worker that dies loses its jobs when the lease expires, and the
/// lease version increments on every claim so that the late completion of a stale claim is refused.
/// On PostgreSQL several processes share the queue (<c>FOR UPDATE SKIP LOCKED</c>); SQLite serves one process.
/// The queue's own bookkeeping sees every workspace; a job carries the workspace its handler acts in.
/// </summary>
public sealed class JobQueue(HubDbContext db, TimeProvider time, IOptions<JobQueueOptions> options, SqliteWriteGate? gate = null)
{
    private readonly JobQueueOptions _options = options.Value;

    private IQueryable<Job> AllJobs => db.Jobs.IgnoreQueryFilters();

    /// <summary>Adds a job to the context; it is stored with the caller's next <c>SaveChanges</c>, atomically with the caller's data.</summary>
    public Job Enqueue(string kind, string subjectId, string lane = JobLanes.Default, DateTimeOffset? runAt = null, int? maxAttempts = null)
    {
        var now = time.GetUtcNow();
        var job = new Job
        {
            Kind = kind,
            Lane = lane,
            SubjectId = subjectId,
            Status = JobStatus.Pending,
            MaxAttempts = maxAttempts ?? _options.MaxAttempts,
            RunAt = (runAt ?? now).ToUnixTimeMilliseconds(),
            CreatedAt = now,
        };
        db.Jobs.Add(job);
        return job;
    }

    /// <summary>Leases up to <paramref name="limit"/> due jobs of one lane, oldest due first, in one statement.</summary>
    public async Task<IReadOnlyList<ClaimedJob>> ClaimAsync(string owner, string lane, int limit, TimeSpan lease, CancellationToken cancellationToken) =>
        (await ClaimBatchAsync(owner, lane, limit, lease, cancellationToken)).Jobs;

    /// <summary>
    /// As <see cref="ClaimAsync"/>, and in the same round trip (and, on PostgreSQL, the same implicit transaction) the
    /// due time of the lane's earliest pending job that is not due yet: an index lookup on the same partial index.
    /// </summary>
    public async Task<ClaimedBatch> ClaimBatchAsync(string owner, string lane, int limit, TimeSpan lease, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var lockClause = db.IsSqlite ? "" : " FOR UPDATE SKIP LOCKED";
        // status = 'Pending' is written out so that the planner matches the partial index on (lane, run_at).
        var sql = $"""
            UPDATE jobs SET status = 'Running', lease_owner = @owner, lease_expires_at = @until,
                lease_version = lease_version + 1, attempts = attempts + 1
            WHERE id IN (
                SELECT id FROM jobs
                WHERE status = 'Pending' AND lane = @lane AND run_at <= @now
                ORDER BY run_at LIMIT @limit{lockClause})
            RETURNING id, workspace_id, kind, subject_id, lease_version, attempts, max_attempts;
            SELECT min(run_at) FROM jobs WHERE status = 'Pending' AND lane = @lane AND run_at > @now;
            """;
        using var turn = gate is null ? default : await gate.EnterAsync(db, cancellationToken);
        return await ExecuteAsync(sql, command =>
        {
            AddParameter(command, "@owner", owner);
            AddParameter(command, "@until", now + (long)lease.TotalMilliseconds);
            AddParameter(command, "@now", now);
            AddParameter(command, "@lane", lane);
            AddParameter(command, "@limit", limit);
        }, async reader =>
        {
            var jobs = new List<ClaimedJob>();
            while (await reader.ReadAsync(cancellationToken))
            {
                jobs.Add(new ClaimedJob(
                    reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                    reader.GetInt64(4), reader.GetInt32(5), reader.GetInt32(6)));
            }
            DateTimeOffset? nextDue = null;
            if (await reader.NextResultAsync(cancellationToken) && await reader.ReadAsync(cancellationToken) && !reader.IsDBNull(0))
            {
                nextDue = DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(0));
            }
            return new ClaimedBatch(jobs, nextDue);
        }, cancellationToken);
    }

    /// <summary>
    /// Puts jobs whose lease expired (their worker died or hung) back in their lane, due now. The lease version moves on,
    /// so the old worker's completion is refused if it comes back. The interrupted attempt stays counted.
    /// </summary>
    public async Task<int> ReclaimExpiredAsync(int limit, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var lockClause = db.IsSqlite ? "" : " FOR UPDATE SKIP LOCKED";
        var sql = $$"""
            UPDATE jobs SET status = 'Pending', lease_owner = NULL, lease_expires_at = NULL,
                lease_version = lease_version + 1, run_at = {0}
            WHERE id IN (
                SELECT id FROM jobs WHERE status = 'Running' AND lease_expires_at < {0}
                ORDER BY lease_expires_at LIMIT {1}{{lockClause}})
            """;
        using var turn = gate is null ? default : await gate.EnterAsync(db, cancellationToken);
        return await db.Database.ExecuteSqlRawAsync(sql, [now, limit], cancellationToken);
    }

    /// <summary>Deletes a finished job if this worker still holds its lease; call inside the transaction that stores its effects.</summary>
    public Task CompleteAsync(ClaimedJob job, CancellationToken cancellationToken) => CompleteAsync([job], cancellationToken);

    /// <summary>
    /// Deletes finished jobs in one statement, fenced by each one's lease version; throws <see cref="StaleLeaseException"/>
    /// (and the caller rolls back every effect) unless this worker still held all of them.
    /// </summary>
    public async Task CompleteAsync(IReadOnlyList<ClaimedJob> jobs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        if (jobs.Count == 0)
        {
            return;
        }
        var sql = new StringBuilder("DELETE FROM jobs WHERE status = 'Running' AND (id, lease_version) IN (VALUES ");
        for (var i = 0; i < jobs.Count; i++)
        {
            sql.Append(i == 0 ? "" : ", ").Append(CultureInfo.InvariantCulture, $"({jobs[i].Id}, {jobs[i].LeaseVersion})");
        }
        sql.Append(')');
        var deleted = await db.Database.ExecuteSqlRawAsync(sql.ToString(), cancellationToken);
        if (deleted != jobs.Count)
        {
            throw new StaleLeaseException(jobs.Count == 1
                ? $"The lease on job {jobs[0].Id} was lost; its work is rolled back."
                : $"{jobs.Count - deleted} of {jobs.Count} leases were lost; the batch is rolled back.");
        }
    }

    /// <summary>Schedules a retry with backoff, or dead-letters the job when it has no attempts left. Returns true if dead-lettered.</summary>
    public async Task<bool> FailAsync(ClaimedJob job, string error, bool permanent, CancellationToken cancellationToken) =>
        await FailAsync(job, error, permanent, notBefore: null, cancellationToken);

    /// <summary>As <see cref="FailAsync(ClaimedJob, string, bool, CancellationToken)"/>, the retry no earlier than <paramref name="notBefore"/> (a provider's Retry-After).</summary>
    public async Task<bool> FailAsync(ClaimedJob job, string error, bool permanent, DateTimeOffset? notBefore, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(error);
        var dead = permanent || job.Attempts >= job.MaxAttempts;
        var retryAt = time.GetUtcNow().Add(dead ? TimeSpan.Zero : Backoff(job.Attempts, _options.BackoffBase, _options.BackoffCap));
        var runAt = (!dead && notBefore > retryAt ? notBefore.Value : retryAt).ToUnixTimeMilliseconds();
        var truncated = error.Length > 4000 ? error[..4000] : error;
        var updated = await AllJobs
            .Where(j => j.Id == job.Id && j.LeaseVersion == job.LeaseVersion && j.Status == JobStatus.Running)
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.Status, dead ? JobStatus.Dead : JobStatus.Pending)
                .SetProperty(j => j.RunAt, runAt)
                .SetProperty(j => j.LastError, truncated)
                .SetProperty(j => j.LeaseOwner, (string?)null)
                .SetProperty(j => j.LeaseExpiresAt, (long?)null), cancellationToken);
        if (updated != 1)
        {
            throw new StaleLeaseException(job.Id);
        }
        return dead;
    }

    /// <summary>
    /// Puts back a job whose effects lost a write race (another transaction changed its subject after it read it, e.g.
    /// a cancel and a timer for one workflow instance), due at once and without counting the attempt: nothing failed,
    /// the job only has to decide again against what the other transaction left. Each conflict means that other
    /// transaction committed, so this cannot go on for ever.
    /// </summary>
    public async Task RetryConflictAsync(ClaimedJob job, string error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(error);
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var truncated = error.Length > 4000 ? error[..4000] : error;
        using var turn = gate is null ? default : await gate.EnterAsync(db, cancellationToken);
        var updated = await AllJobs
            .Where(j => j.Id == job.Id && j.LeaseVersion == job.LeaseVersion && j.Status == JobStatus.Running)
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.Status, JobStatus.Pending)
                .SetProperty(j => j.RunAt, now)
                .SetProperty(j => j.Attempts, j => j.Attempts > 0 ? j.Attempts - 1 : 0)
                .SetProperty(j => j.LastError, truncated)
                .SetProperty(j => j.LeaseOwner, (string?)null)
                .SetProperty(j => j.LeaseExpiresAt, (long?)null), cancellationToken);
        if (updated != 1)
        {
            throw new StaleLeaseException(job.Id);
        }
    }

    /// <summary>
    /// Puts a job back, due at <paramref name="at"/>, without counting its attempt: it did not fail, it has to wait
    /// (a per-sender rate limit has no token before then).
    /// </summary>
    public async Task PostponeAsync(ClaimedJob job, string reason, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        var runAt = at.ToUnixTimeMilliseconds();
        var updated = await AllJobs
            .Where(j => j.Id == job.Id && j.LeaseVersion == job.LeaseVersion && j.Status == JobStatus.Running)
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.Status, JobStatus.Pending)
                .SetProperty(j => j.RunAt, runAt)
                .SetProperty(j => j.Attempts, j => j.Attempts > 0 ? j.Attempts - 1 : 0)
                .SetProperty(j => j.LastError, reason)
                .SetProperty(j => j.LeaseOwner, (string?)null)
                .SetProperty(j => j.LeaseExpiresAt, (long?)null), cancellationToken);
        if (updated != 1)
        {
            throw new StaleLeaseException(job.Id);
        }
    }

    /// <summary>Extends the leases this worker holds while it is still working on them.</summary>
    public async Task<int> RenewAsync(string owner, IReadOnlyCollection<long> jobIds, TimeSpan lease, CancellationToken cancellationToken)
    {
        var until = time.GetUtcNow().Add(lease).ToUnixTimeMilliseconds();
        using var turn = gate is null ? default : await gate.EnterAsync(db, cancellationToken);
        return await AllJobs
            .Where(j => j.LeaseOwner == owner && j.Status == JobStatus.Running && jobIds.Contains(j.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.LeaseExpiresAt, until), cancellationToken);
    }

    /// <summary>Gives back every claim of a stopping worker at once, without counting the interrupted attempt.</summary>
    public async Task<int> ReleaseAsync(string owner, CancellationToken cancellationToken)
    {
        using var turn = gate is null ? default : await gate.EnterAsync(db, cancellationToken);
        return await AllJobs
            .Where(j => j.LeaseOwner == owner && j.Status == JobStatus.Running)
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.Status, JobStatus.Pending)
                .SetProperty(j => j.Attempts, j => j.Attempts > 0 ? j.Attempts - 1 : 0)
                .SetProperty(j => j.LeaseOwner, (string?)null)
                .SetProperty(j => j.LeaseExpiresAt, (long?)null), cancellationToken);
    }

    /// <summary>
    /// On SQLite, which one process serves, every claim found at start-up belongs to a process that died: give them
    /// back at once instead of waiting for their leases to expire. The attempt stays counted, so a job that crashes
    /// the process every time still reaches its dead letter. Does nothing on PostgreSQL, where other nodes may be alive.
    /// </summary>
    public async Task<int> ReleaseAbandonedAsync(CancellationToken cancellationToken)
    {
        if (!db.IsSqlite)
        {
            return 0;
        }
        using var turn = gate is null ? default : await gate.EnterAsync(db, cancellationToken);
        return await AllJobs
            .Where(j => j.Status == JobStatus.Running)
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.Status, JobStatus.Pending)
                .SetProperty(j => j.LeaseVersion, j => j.LeaseVersion + 1)
                .SetProperty(j => j.LeaseOwner, (string?)null)
                .SetProperty(j => j.LeaseExpiresAt, (long?)null), cancellationToken);
    }

    /// <summary>Puts dead-lettered jobs for a subject back in the queue with fresh attempts. Returns how many.</summary>
    public Task<int> RequeueAsync(string kind, string subjectId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        return db.Jobs
            .Where(j => j.Kind == kind && j.SubjectId == subjectId && j.Status == JobStatus.Dead)
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.Status, JobStatus.Pending)
                .SetProperty(j => j.Attempts, 0)
                .SetProperty(j => j.LastError, (string?)null)
                .SetProperty(j => j.RunAt, now), cancellationToken);
    }

    /// <summary>
    /// Queues a subject's job again: revives its dead-lettered job, or adds a new one when it has none (it completed).
    /// A new job is stored with the caller's next <c>SaveChanges</c>.
    /// </summary>
    public async Task RequeueOrEnqueueAsync(string kind, string subjectId, CancellationToken cancellationToken)
    {
        if (await RequeueAsync(kind, subjectId, cancellationToken) == 0)
        {
            Enqueue(kind, subjectId);
        }
    }

    /// <summary>Exponential backoff from <paramref name="baseDelay"/> up to <paramref name="cap"/>, jittered over its upper half so that retries do not stampede.</summary>
    public static TimeSpan Backoff(int attempt, TimeSpan baseDelay, TimeSpan cap)
    {
        var ceiling = Math.Min(cap.TotalMilliseconds, baseDelay.TotalMilliseconds * Math.Pow(2, Math.Clamp(attempt - 1, 0, 30)));
        return TimeSpan.FromMilliseconds(ceiling / 2 + Random.Shared.NextDouble() * ceiling / 2);
    }

    /// <summary>Runs <paramref name="sql"/> on the context's connection (and transaction, if any) and reads its results.</summary>
    private async Task<T> ExecuteAsync<T>(string sql, Action<DbCommand> parameters, Func<DbDataReader, Task<T>> read, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(cancellationToken);
        }
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            parameters(command);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return await read(reader);
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }

    private static void AddParameter(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }
}
