using System.Data.Common;
using System.Globalization;
using System.Text;
using Hub.Runtime;
using Hub.Runtime.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using Hub.Storage;

namespace Hub.Intake.Internals;

/// <summary>
/// Writes a group of webhooks and their ingest jobs on SQLite in one transaction with two multi-row statements:
/// <c>INSERT … ON CONFLICT DO NOTHING RETURNING id</c> tells new rows from redeliveries (already stored, or twice in
/// this group), and only new rows get a job. Values go through the model's own type mappings, so the rows are exactly
/// what EF Core would write (UTC instants, enum names, GUID text on SQLite).
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

    private bool _open;

    public async Task<IReadOnlyList<InboundCommitResult>> WriteAsync(IReadOnlyList<InboundRequest> requests, CancellationToken cancellationToken)
    {
        using var turn = await writeGate.EnterAsync(db, cancellationToken);
        if (!_open)
        {
            // Open for the writer's life: no pool rent and no per-group connection set-up.
            await db.Database.OpenConnectionAsync(cancellationToken);
            _open = true;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        var inserted = await InsertRequestsAsync(connection, transaction.GetDbTransaction(), requests, cancellationToken);
        var results = new InboundCommitResult[requests.Count];
        var fresh = new List<InboundRequest>(requests.Count);
        for (var i = 0; i < requests.Count; i++)
        {
            var request = requests[i];
            if (inserted.Contains(request.Id))
            {
                results[i] = new InboundCommitResult(request.Id, Duplicate: false);
                fresh.Add(request);
            }
            else
            {
                // A redelivery: answer with the id of the copy that was stored (earlier, or by another request of this group).
                var existing = await db.InboundRequests.IgnoreQueryFilters().AsNoTracking()
                    .Where(r => r.ConnectorId == request.ConnectorId && r.DeliveryId == request.DeliveryId)
                    .Select(r => r.Id).FirstAsync(cancellationToken);
                results[i] = new InboundCommitResult(existing, Duplicate: true);
            }
        }
        if (fresh.Count > 0)
        {
            await InsertJobsAsync(connection, transaction.GetDbTransaction(), fresh, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return results;
    }

    public async ValueTask DisposeAsync()
    {
        if (_open)
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<HashSet<Guid>> InsertRequestsAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<InboundRequest> requests, CancellationToken cancellationToken)
    {
        var entity = db.Model.FindEntityType(typeof(InboundRequest))!;
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var sql = new StringBuilder();
        sql.Append("INSERT INTO ").Append(entity.GetTableName()).Append(" (").AppendJoin(", ", RequestColumns.Select(c => Column(entity, c))).Append(") VALUES ");
        for (var i = 0; i < requests.Count; i++)
        {
            var r = requests[i];
            object?[] values = [r.Id, r.WorkspaceId, r.ConnectorId, r.DeliveryId, r.SourceEventType, r.Method, r.Path, r.ContentType,
                r.HeadersJson, r.Body, r.ReceivedAt, r.Status, r.Attempts, r.Replays];
            AppendRow(sql, command, entity, RequestColumns, values, i);
        }
        sql.Append(" ON CONFLICT (").Append(Column(entity, nameof(InboundRequest.ConnectorId))).Append(", ")
            .Append(Column(entity, nameof(InboundRequest.DeliveryId))).Append(") DO NOTHING RETURNING ").Append(Column(entity, nameof(InboundRequest.Id)));
        command.CommandText = sql.ToString();
        var inserted = new HashSet<Guid>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            inserted.Add(reader.GetValue(0) switch
            {
                Guid guid => guid,
                var text => Guid.Parse(Convert.ToString(text, CultureInfo.InvariantCulture)!, CultureInfo.InvariantCulture),
            });
        }
        return inserted;
    }

    private async Task InsertJobsAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<InboundRequest> requests, CancellationToken cancellationToken)
    {
        var entity = db.Model.FindEntityType(typeof(Job))!;
        var now = time.GetUtcNow();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var sql = new StringBuilder();
        sql.Append("INSERT INTO ").Append(entity.GetTableName()).Append(" (").AppendJoin(", ", JobColumns.Select(c => Column(entity, c))).Append(") VALUES ");
        for (var i = 0; i < requests.Count; i++)
        {
            var r = requests[i];
            object?[] values = [r.WorkspaceId, IntakeJobKinds.Ingest, JobLanes.Default, r.Id.ToString(), JobStatus.Pending, 0,
                queueOptions.Value.MaxAttempts, now.ToUnixTimeMilliseconds(), 0L, now];
            AppendRow(sql, command, entity, JobColumns, values, i);
        }
        command.CommandText = sql.ToString();
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Appends one row of named parameters (<c>@p1</c>, …).</summary>
    private static void AppendRow(StringBuilder sql, DbCommand command, IEntityType entity, string[] columns, object?[] values, int row)
    {
        sql.Append(row == 0 ? "(" : ", (");
        for (var c = 0; c < columns.Length; c++)
        {
            var property = entity.FindProperty(columns[c])!;
            var name = "@p" + (command.Parameters.Count + 1).ToString(CultureInfo.InvariantCulture);
            // The property's mapping applies its value converter (UTC instants, enum text) as EF Core itself would.
            var mapping = property.GetRelationalTypeMapping();
            command.Parameters.Add(mapping.CreateParameter(command, name, values[c], property.IsNullable));
            sql.Append(c == 0 ? "" : ", ").Append(name);
        }
        sql.Append(')');
    }

    private static string Column(IEntityType entity, string property) => ModelColumns.Column(entity, property);
}
