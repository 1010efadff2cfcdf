using System.Threading.Channels;
using Hub.Intake.Internals;
using Hub.Runtime;
using Hub.Runtime.Jobs;
using Hub.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Hub.Intake;

/// <summary>
/// Group commit for webhooks: requests that arrive while a transaction is being written wait for the next one and
/// share it. A group is whatever is already waiting when a committer is free, never a wait on a timer, so a lone
/// webhook commits at once and a burst costs a few commits instead of one each. Every caller gets its answer only
/// after its own row is durable; the unique (connector, delivery id) index still decides duplicates.
/// </summary>
public sealed class InboundCommitter : BackgroundService
{
    private readonly Channel<PendingInbound> _waiting = Channel.CreateUnbounded<PendingInbound>(new UnboundedChannelOptions { SingleWriter = false });
    private readonly IServiceScopeFactory _scopes;
    private readonly CoalescedWakeup _wakeup;
    private readonly DatabaseReadiness _readiness;
    private readonly IntakeOptions _options;
    private readonly bool _sqlite;

    public InboundCommitter(IServiceScopeFactory scopes, JobWakeups wakeups, DatabaseReadiness readiness, IOptions<IntakeOptions> options, IOptions<Storage.DatabaseOptions> database)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(database);
        _scopes = scopes;
        _wakeup = new CoalescedWakeup(wakeups);
        _readiness = readiness;
        _options = options.Value;
        _sqlite = string.Equals(database.Value.Provider, Storage.DatabaseOptions.Sqlite, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Stores the request with its ingest job; completes once it is committed (or found to be a redelivery).</summary>
    public Task<InboundCommitResult> CommitAsync(InboundRequest request, CancellationToken cancellationToken)
    {
        var pending = new PendingInbound(request);
        if (!_waiting.Writer.TryWrite(pending))
        {
            throw new InvalidOperationException("Hub is shutting down.");
        }
        return pending.Done.Task.WaitAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await _readiness.WaitAsync(stoppingToken);
        var committers = _sqlite ? 1 : _options.PostgresCommitters;
        await Task.WhenAll(Enumerable.Range(0, committers).Select(_ => CommitGroupsAsync()));
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // Requests already waiting are still committed: their senders get an answer, not a reset connection.
        _waiting.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
    }

    private async Task CommitGroupsAsync()
    {
        var group = new List<PendingInbound>(_options.MaxGroupSize);
        var writer = new WriterLease(_scopes);
        try
        {
            while (await _waiting.Reader.WaitToReadAsync(CancellationToken.None))
            {
                group.Clear();
                while (group.Count < _options.MaxGroupSize && _waiting.Reader.TryRead(out var pending))
                {
                    group.Add(pending);
                }
                if (group.Count == 0)
                {
                    continue;
                }
                if (!await TryCommitAsync(writer, group) && group.Count > 1)
                {
                    // One bad row must not fail the others: store each on its own.
                    foreach (var pending in group)
                    {
                        await TryCommitAsync(writer, [pending]);
                    }
                }
                _wakeup.Stored();
            }
        }
        finally
        {
            await writer.DisposeAsync();
        }
    }

    private static async Task<bool> TryCommitAsync(WriterLease writer, IReadOnlyList<PendingInbound> group)
    {
        try
        {
            var results = await writer.Get().WriteAsync([.. group.Select(p => p.Request)], CancellationToken.None);
            for (var i = 0; i < group.Count; i++)
            {
                group[i].Done.TrySetResult(results[i]);
            }
            return true;
        }
        catch (Exception ex)
        {
            // A writer that failed may hold a broken connection: the next group gets a fresh one.
            await writer.DisposeAsync();
            if (group.Count == 1)
            {
                group[0].Done.TrySetException(ex);
            }
            return false;
        }
    }
}
