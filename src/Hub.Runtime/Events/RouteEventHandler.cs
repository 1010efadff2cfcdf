using Hub.Runtime.Jobs;
using Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.Runtime.Events;

/// <summary>Routes a stored event again (queued by a retry through the API); consumers skip what they already did.</summary>
internal sealed class RouteEventHandler(EventStore events, TimeProvider time) : IJobHandler
{
    public string Kind => EventStore.RouteJobKind;

    public async Task<JobOutcome> HandleAsync(ClaimedJob job, HubDbContext db, CancellationToken cancellationToken)
    {
        var record = await db.Events.FindAsync([job.SubjectId], cancellationToken);
        if (record is null)
        {
            return JobOutcome.DeadLetter($"Event {job.SubjectId} does not exist.");
        }
        record.Attempts = job.Attempts;
        await events.RetryAsync(db, record, time.GetUtcNow(), cancellationToken);
        return JobOutcome.Completed;
    }

    public async Task OnDeadLetteredAsync(ClaimedJob job, string error, HubDbContext db, CancellationToken cancellationToken)
    {
        var record = await db.Events.FirstOrDefaultAsync(e => e.Id == job.SubjectId, cancellationToken);
        if (record is not null)
        {
            record.Status = EventStatus.Failed;
            record.LastError = error;
            record.Attempts = job.Attempts;
        }
    }
}
