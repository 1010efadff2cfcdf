using Hub.Core.Events;
using Hub.Core.Workspaces;
using Hub.Runtime;
using Hub.Runtime.Events;
using Hub.Runtime.Jobs;
using Hub.Storage;
using Hub.Workflows.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hub.Workflows.Simulation.Internals;

/// <summary>
/// Drives one simulation through the real pipeline: events are recorded by the runtime's <see cref="EventStore"/>
/// (which hands them to the engine in the recording transaction), and due jobs are claimed from the queue and run by
/// the dispatcher's <see cref="JobBatchRunner"/>. Between those, the clock jumps to the next due job or follow-up.
/// </summary>
internal sealed class SimulationRun(ServiceProvider services, VirtualClock clock)
{
    public const string ConnectorId = "simulation";

    /// <summary>A workflow that keeps itself busy forever (a trigger loop) stops here instead of hanging the request.</summary>
    private const int MaxTurns = 10_000;

    private const int ClaimLimit = 100;

    public async Task InitializeAsync(WorkflowDefinition workflow, CancellationToken cancellationToken)
    {
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
            await db.Database.EnsureCreatedAsync(cancellationToken);
            var now = clock.GetUtcNow();
            // Stored as the one published version, so the engine loads it the way it loads any version.
            db.WorkflowDefinitions.Add(new WorkflowDefinitionRecord
            {
                WorkspaceId = WorkspaceIds.Default,
                WorkflowId = workflow.Id,
                Version = workflow.Version,
                Number = Math.Max(1, workflow.Number),
                Name = workflow.Name,
                Source = workflow.Source ?? throw new ArgumentException("The workflow to simulate carries no source text.", nameof(workflow)),
                CreatedAt = now,
                PublishedAt = now,
            });
            await db.SaveChangesAsync(cancellationToken);
        }
        services.GetRequiredService<WorkflowVersions>().MarkProvisioned();
    }

    /// <returns><c>finished</c>, <c>waiting</c> or <c>horizon</c> (see <see cref="SimulationResult"/>).</returns>
    public async Task<string> RunAsync(CanonicalEvent trigger, IReadOnlyList<SimulatedFollowUp> followUps, DateTimeOffset horizon, CancellationToken cancellationToken)
    {
        var pending = new Queue<SimulatedFollowUp>(followUps.OrderBy(f => f.At));
        await RecordAsync(trigger, cancellationToken);
        for (var turn = 0; turn < MaxTurns; turn++)
        {
            while (pending.TryPeek(out var due) && due.At <= clock.GetUtcNow())
            {
                await RecordAsync(pending.Dequeue().Event, cancellationToken);
            }
            await RunDueJobsAsync(cancellationToken);
            var (active, nextJob) = await LookAheadAsync(cancellationToken);
            if (!active && pending.Count == 0)
            {
                return "finished";
            }
            var next = Earliest(nextJob, pending.Count > 0 ? pending.Peek().At : null);
            if (next is null)
            {
                return "waiting";
            }
            if (next > horizon)
            {
                return "horizon";
            }
            clock.MoveTo(next.Value);
        }
        return "horizon";
    }

    /// <summary>As an internal app's event is recorded: the store runs the engine's consumer in the same commit.</summary>
    private async Task RecordAsync(CanonicalEvent e, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var store = scope.ServiceProvider.GetRequiredService<EventStore>();
        await store.AddAsync(db, e, ConnectorId, inboundRequestId: null, clock.GetUtcNow(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Claims and runs what is due now, as the dispatcher would, until nothing due is left.</summary>
    private async Task RunDueJobsAsync(CancellationToken cancellationToken)
    {
        var runner = services.GetRequiredService<JobBatchRunner>();
        var options = services.GetRequiredService<IOptions<DispatcherOptions>>().Value;
        for (var round = 0; round < MaxTurns; round++)
        {
            var claimed = new List<ClaimedJob>();
            await using (var scope = services.CreateAsyncScope())
            {
                var queue = scope.ServiceProvider.GetRequiredService<JobQueue>();
                foreach (var lane in options.Lanes.Keys)
                {
                    claimed.AddRange(await queue.ClaimAsync(ConnectorId, lane, ClaimLimit, options.Lease, cancellationToken));
                }
            }
            if (claimed.Count == 0)
            {
                return;
            }
            await runner.RunAsync(claimed, options.JobTimeout, cancellationToken);
        }
    }

    /// <summary>Whether any instance still runs or waits, and when the next job falls due.</summary>
    private async Task<(bool Active, DateTimeOffset? NextJob)> LookAheadAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var active = await db.WorkflowInstances.IgnoreQueryFilters()
            .AnyAsync(i => i.Status == WorkflowInstanceStatus.Running || i.Status == WorkflowInstanceStatus.Waiting, cancellationToken);
        var next = await db.Jobs.IgnoreQueryFilters().Where(j => j.Status == JobStatus.Pending).MinAsync(j => (long?)j.RunAt, cancellationToken);
        return (active, next is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null);
    }

    private static DateTimeOffset? Earliest(DateTimeOffset? a, DateTimeOffset? b) =>
        a is null ? b : b is null ? a : a < b ? a : b;
}
