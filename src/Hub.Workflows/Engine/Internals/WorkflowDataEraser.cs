using Hub.Contacts;
using Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.Workflows.Engine.Internals;

/// <summary>
/// Workflow instances started by the contact's events, or holding its addresses in their state or key: running
/// and waiting ones are cancelled (nothing more may be sent on the erased data), and the contact's phones, emails
/// and names are replaced in their state, key and errors and in their journals.
/// </summary>
internal sealed class WorkflowDataEraser : IPersonalDataEraser
{
    public const string Reason = "contact erased";

    public async Task EraseAsync(PersonalDataErasure erasure, HubDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(erasure);
        ArgumentNullException.ThrowIfNull(db);
        var eventIds = erasure.EventIds.ToList();
        var instances = await db.WorkflowInstances.Where(i => eventIds.Contains(i.EventId)).ToListAsync(cancellationToken);
        foreach (var form in erasure.AddressForms)
        {
            instances.AddRange(await db.WorkflowInstances
                .Where(i => i.StateJson.Contains(form) || (i.CorrelationKey != null && i.CorrelationKey.Contains(form)))
                .ToListAsync(cancellationToken));
        }
        var erased = instances.Distinct().ToList();
        foreach (var instance in erased)
        {
            if (InstanceTransitions.IsActive(instance))
            {
                InstanceTransitions.Cancel(db, instance, Reason, erasure.Now);
            }
            instance.StateJson = erasure.ScrubJson(instance.StateJson);
            instance.CorrelationKey = erasure.ScrubOrNull(instance.CorrelationKey);
            instance.LastError = erasure.ScrubOrNull(instance.LastError);
            instance.EndReason = erasure.ScrubOrNull(instance.EndReason);
        }
        var instanceIds = erased.Select(i => i.Id).ToList();
        foreach (var entry in await db.WorkflowJournal.Where(j => instanceIds.Contains(j.InstanceId)).ToListAsync(cancellationToken))
        {
            entry.Detail = erasure.ScrubOrNull(entry.Detail);
            entry.DataJson = entry.DataJson is null ? null : erasure.ScrubJson(entry.DataJson);
        }
    }
}
