using Hub.Runtime;
using Hub.Runtime.Jobs;
using Hub.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;

namespace Hub.Intake.Internals;

/// <summary>
/// Writes a group of webhooks and their ingest jobs on SQLite in one transaction (one commit, one sync), row by row
/// with two single-row statements prepared once for the writer's life: <c>INSERT … ON CONFLICT DO NOTHING</c>, whose
/// change count tells a new row from a redelivery (already stored, or twice in this group), and the job of each new
/// row. SQLite runs in the process, so a statement per row costs no round trip; one multi-row statement instead would
/// be parsed anew for every group and binds each named parameter by a scan of all of them (quadratic in the group).
/// Values go through the model's own type mappings, so the rows are exactly what EF Core would write (UTC instants,
/// enum names, GUID text).
/// </summary>
internal sealed class SqliteInboundGroupWriter(HubDbContext db, SqliteWriteGate writeGate, TimeProvider time, IOptions<JobQueueOptions> queueOptions) : IInboundGroupWriter
{
    private static readonly string[] RequestColumns =
    [
        nameof(InboundRequest.Id), nameof(InboundRequest.WorkspaceId), nameof(InboundRequest.ConnectorId), nameof(InboundRequest.DeliveryId),
        nameof(InboundRequest.SourceEventType), nameof(InboundRequest.Method), nameof(InboundRequest.Path), nameof(InboundRequest.ContentType),
        nameof(InboundRequest.HeadersJson), nameof(InboundRequest.Body), nameof(InboundRequest.ReceivedAt), nameof(InboundRequest.Status),
        nameof(InboundRequest.Attempts), nameof(InboundRequest.Replays),
    ];

    private static readonly string[] JobColumns =
    [
        nameof(Job.WorkspaceId), nameof(Job.Kind), nameof(Job.Lane), nameof(Job.SubjectId), nameof(Job.Status), nameof(Job.Attempts),
        nameof(Job.MaxAttempts), nameof(Job.RunAt), nameof(Job.LeaseVersion), nameof(Job.CreatedAt),
    ];

    private SqliteRowStatement? _insertRequest;
    private SqliteRowStatement? _insertJob;

    public async Task<IReadOnlyList<InboundCommitResult>> WriteAsync(IReadOnlyList<InboundRequest> requests, CancellationToken cancellationToken)
    {
        using var turn = await writeGate.EnterAsync(db, cancellationToken);
        var (insertRequest, insertJob) = await StatementsAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        insertRequest.Command.Transaction = insertJob.Command.Transaction = transaction.GetDbTransaction();
        var now = time.GetUtcNow();
        var results = new InboundCommitResult[requests.Count];
        for (var i = 0; i < requests.Count; i++)
        {
            var r = requests[i];
            insertRequest.Bind([r.Id, r.WorkspaceId, r.ConnectorId, r.DeliveryId, r.SourceEventType, r.Method, r.Path, r.ContentType,
                r.HeadersJson, r.Body, r.ReceivedAt, r.Status, r.Attempts, r.Replays]);
            if (await insertRequest.Command.ExecuteNonQueryAsync(cancellationToken) == 1)
            {
                insertJob.Bind([r.WorkspaceId, IntakeJobKinds.Ingest, JobLanes.Default, r.Id.ToString(), JobStatus.Pending, 0,
                    queueOptions.Value.MaxAttempts, now.ToUnixTimeMilliseconds(), 0L, now]);
                await insertJob.Command.ExecuteNonQueryAsync(cancellationToken);
                results[i] = new InboundCommitResult(r.Id, Duplicate: false);
            }
            else
            {
                // A redelivery: answer with the id of the copy that was stored (earlier, or by another request of this group).
                var existing = await db.InboundRequests.IgnoreQueryFilters().AsNoTracking()
                    .Where(x => x.ConnectorId == r.ConnectorId && x.DeliveryId == r.DeliveryId)
                    .Select(x => x.Id).FirstAsync(cancellationToken);
                results[i] = new InboundCommitResult(existing, Duplicate: true);
            }
        }
        await transaction.CommitAsync(cancellationToken);
        return results;
    }

    public async ValueTask DisposeAsync()
    {
        if (_insertRequest is not null)
        {
            await _insertRequest.Command.DisposeAsync();
            await _insertJob!.Command.DisposeAsync();
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The connection stays open for the writer's life, and the statements prepared on it.</summary>
    private async ValueTask<(SqliteRowStatement InsertRequest, SqliteRowStatement InsertJob)> StatementsAsync(CancellationToken cancellationToken)
    {
        if (_insertRequest is null)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            var connection = db.Database.GetDbConnection();
            var requests = ModelColumns.Entity<InboundRequest>(db);
            _insertRequest = new SqliteRowStatement(connection, requests, RequestColumns,
                $" ON CONFLICT ({ModelColumns.Column(requests, nameof(InboundRequest.ConnectorId))}, {ModelColumns.Column(requests, nameof(InboundRequest.DeliveryId))}) DO NOTHING");
            _insertJob = new SqliteRowStatement(connection, ModelColumns.Entity<Job>(db), JobColumns, "");
        }
        return (_insertRequest, _insertJob!);
    }
}
