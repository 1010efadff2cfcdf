using System.Data.Common;
using System.Globalization;
using System.Text;
using Hub.Runtime;
using Hub.Runtime.Jobs;
using Hub.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Options;

namespace Hub.Intake.Internals;

/// <summary>
/// Writes a group of webhooks and their ingest jobs with one prepared statement in one round trip: the rows go as
/// one array per column (<c>unnest</c>), <c>INSERT … ON CONFLICT DO NOTHING RETURNING</c> tells new rows from
/// redeliveries, and a second data-modifying CTE queues a job for each new row only. The statement is the same for
/// every group size, so PostgreSQL parses and plans it once per connection instead of once per group, and it commits
/// on its own (autocommit): no BEGIN and COMMIT round trips. Values go through the model's value converters (UTC
/// instants, enum names), so the rows are what EF Core would write.
/// </summary>
internal sealed class PostgresInboundGroupWriter : IInboundGroupWriter
{
    private static readonly (string Property, Func<InboundRequest, object?> Value)[] RequestColumns =
    [
        (nameof(InboundRequest.Id), r => r.Id), (nameof(InboundRequest.WorkspaceId), r => r.WorkspaceId),
        (nameof(InboundRequest.ConnectorId), r => r.ConnectorId), (nameof(InboundRequest.DeliveryId), r => r.DeliveryId),
        (nameof(InboundRequest.SourceEventType), r => r.SourceEventType), (nameof(InboundRequest.Method), r => r.Method),
        (nameof(InboundRequest.Path), r => r.Path), (nameof(InboundRequest.ContentType), r => r.ContentType),
        (nameof(InboundRequest.HeadersJson), r => r.HeadersJson), (nameof(InboundRequest.Body), r => r.Body),
        (nameof(InboundRequest.ReceivedAt), r => r.ReceivedAt), (nameof(InboundRequest.Status), r => r.Status),
        (nameof(InboundRequest.Attempts), r => r.Attempts), (nameof(InboundRequest.Replays), r => r.Replays),
    ];

    // The job columns that are the same for every job of a group, each one parameter; the workspace and the subject
    // come from the stored row, attempts and the lease version start at 0.
    private static readonly string[] JobConstants = [nameof(Job.Kind), nameof(Job.Lane), nameof(Job.Status), nameof(Job.MaxAttempts), nameof(Job.RunAt), nameof(Job.CreatedAt)];

    private readonly HubDbContext _db;
    private readonly TimeProvider _time;
    private readonly JobQueueOptions _queue;
    private readonly IProperty[] _requestProperties;
    private readonly IProperty[] _jobProperties;
    private readonly string _sql;
    private DbCommand? _command;

    public PostgresInboundGroupWriter(HubDbContext db, TimeProvider time, IOptions<JobQueueOptions> queueOptions)
    {
        ArgumentNullException.ThrowIfNull(queueOptions);
        _db = db;
        _time = time;
        _queue = queueOptions.Value;
        var requests = ModelColumns.Entity<InboundRequest>(db);
        var jobs = ModelColumns.Entity<Job>(db);
        _requestProperties = [.. RequestColumns.Select(c => requests.FindProperty(c.Property)!)];
        _jobProperties = [.. JobConstants.Select(c => jobs.FindProperty(c)!)];
        _sql = BuildSql(requests, jobs, _requestProperties);
    }

    public async Task<IReadOnlyList<InboundCommitResult>> WriteAsync(IReadOnlyList<InboundRequest> requests, CancellationToken cancellationToken)
    {
        var command = await CommandAsync(cancellationToken);
        for (var c = 0; c < RequestColumns.Length; c++)
        {
            command.Parameters[c].Value = ColumnArray(_requestProperties[c], RequestColumns[c].Value, requests);
        }
        var now = _time.GetUtcNow();
        object?[] constants = [IntakeJobKinds.Ingest, JobLanes.Default, JobStatus.Pending, _queue.MaxAttempts, now.ToUnixTimeMilliseconds(), now];
        for (var c = 0; c < constants.Length; c++)
        {
            command.Parameters[RequestColumns.Length + c].Value = ProviderValue(_jobProperties[c], constants[c]);
        }

        // Prepared once per connection (Npgsql keeps it across calls; a repeat only checks the parameter types).
        await command.PrepareAsync(cancellationToken);
        var inserted = new HashSet<Guid>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                inserted.Add(reader.GetGuid(0));
            }
            // Through ReadyForQuery, which PostgreSQL sends only after the statement's implicit transaction committed:
            // nobody is answered before that, and a failed commit throws here.
            await reader.NextResultAsync(cancellationToken);
        }

        var results = new InboundCommitResult[requests.Count];
        for (var i = 0; i < requests.Count; i++)
        {
            var request = requests[i];
            results[i] = inserted.Contains(request.Id)
                ? new InboundCommitResult(request.Id, Duplicate: false)
                // A redelivery: answer with the id of the copy that was stored (earlier, or by another request of this group).
                : new InboundCommitResult(await _db.InboundRequests.IgnoreQueryFilters().AsNoTracking()
                    .Where(r => r.ConnectorId == request.ConnectorId && r.DeliveryId == request.DeliveryId)
                    .Select(r => r.Id).FirstAsync(cancellationToken), Duplicate: true);
        }
        return results;
    }

    public async ValueTask DisposeAsync()
    {
        if (_command is not null)
        {
            await _command.DisposeAsync();
            await _db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// The connection stays open for the writer's life: no pool rent, no connection reset sent to the server per group,
    /// and the statement stays prepared on it.
    /// </summary>
    private async ValueTask<DbCommand> CommandAsync(CancellationToken cancellationToken)
    {
        if (_command is not null)
        {
            return _command;
        }
        await _db.Database.OpenConnectionAsync(cancellationToken);
        var command = _db.Database.GetDbConnection().CreateCommand();
        command.CommandText = _sql;
        for (var c = 0; c < RequestColumns.Length + JobConstants.Length; c++)
        {
            command.Parameters.Add(command.CreateParameter()); // positional ($1, …): Npgsql sends the text as it is
        }
        _command = command;
        return command;
    }

    private static string BuildSql(IEntityType requests, IEntityType jobs, IProperty[] requestProperties)
    {
        string R(string property) => ModelColumns.Column(requests, property);
        string J(string property) => ModelColumns.Column(jobs, property);
        var n = RequestColumns.Length;
        string P(int index) => "$" + (index + 1).ToString(CultureInfo.InvariantCulture);
        var sql = new StringBuilder();
        sql.Append("WITH stored AS (INSERT INTO ").Append(requests.GetTableName()).Append(" (")
            .AppendJoin(", ", RequestColumns.Select(c => R(c.Property))).Append(") SELECT * FROM unnest(")
            .AppendJoin(", ", requestProperties.Select((p, i) => $"{P(i)}::{p.GetColumnType()}[]"))
            .Append(") ON CONFLICT (").Append(R(nameof(InboundRequest.ConnectorId))).Append(", ").Append(R(nameof(InboundRequest.DeliveryId)))
            .Append(") DO NOTHING RETURNING ").Append(R(nameof(InboundRequest.Id))).Append(", ").Append(R(nameof(InboundRequest.WorkspaceId))).Append("), ");
        sql.Append("queued AS (INSERT INTO ").Append(jobs.GetTableName()).Append(" (")
            .AppendJoin(", ", new[] { nameof(Job.WorkspaceId), nameof(Job.SubjectId), nameof(Job.Attempts), nameof(Job.LeaseVersion) }.Concat(JobConstants).Select(J))
            .Append(") SELECT ").Append(R(nameof(InboundRequest.WorkspaceId))).Append(", ").Append(R(nameof(InboundRequest.Id))).Append("::text, 0, 0");
        for (var c = 0; c < JobConstants.Length; c++)
        {
            sql.Append(", ").Append(P(n + c));
        }
        sql.Append(" FROM stored) SELECT ").Append(R(nameof(InboundRequest.Id))).Append(" FROM stored");
        return sql.ToString();
    }

    /// <summary>One column of the group as a typed array of the values the model's converter gives (as EF Core would write them).</summary>
    private static Array ColumnArray(IProperty property, Func<InboundRequest, object?> value, IReadOnlyList<InboundRequest> requests)
    {
        var converter = property.GetTypeMapping().Converter;
        var array = Array.CreateInstance(converter?.ProviderClrType ?? property.ClrType, requests.Count);
        for (var i = 0; i < requests.Count; i++)
        {
            array.SetValue(ProviderValue(property, value(requests[i])), i);
        }
        return array;
    }

    private static object? ProviderValue(IProperty property, object? value) =>
        value is not null && property.GetTypeMapping().Converter is { } converter ? converter.ConvertToProvider(value) : value;
}
