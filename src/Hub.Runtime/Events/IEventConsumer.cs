using Hub.Storage;

namespace Hub.Runtime.Events;

/// <summary>
/// Acts on an event in the transaction that records it (the workflow engine: cancel, resume and start instances by
/// key). Only tracked changes on <paramref name="db"/>; they are stored atomically with the event.
/// </summary>
public interface IEventConsumer
{
    /// <summary>Problems to note on the event (a broken trigger condition); they do not undo the recording.</summary>
    Task<IReadOnlyList<string>> ConsumeAsync(RecordedEvent recorded, HubDbContext db, CancellationToken cancellationToken);
}
