using System.Text.Json;
using Hub.Runtime;
using Hub.Storage;
using Hub.Workflows.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Workflows.Simulation.Internals;

/// <summary>Reads what a run left in its database: the journal as the timeline, the recorded messages, the instances.</summary>
internal static class SimulationReport
{
    public static async Task<SimulationResult> ReadAsync(ServiceProvider services, WorkflowDefinition workflow, DateTimeOffset startedAt,
        DateTimeOffset endedAt, string outcome, IEnumerable<SimulatedHttpCall> httpCalls, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var journal = await db.WorkflowJournal.IgnoreQueryFilters().AsNoTracking().ToListAsync(cancellationToken);
        var timeline = journal.OrderBy(j => j.At).ThenBy(j => j.Id)
            .Select(j => new SimulationStep(j.At, j.InstanceId, j.StepId, j.Kind, j.Outcome, j.Detail)).ToList();
        var records = await db.Set<SimulatedMessageRecord>().AsNoTracking().ToListAsync(cancellationToken);
        var messages = records.OrderBy(m => m.At).ThenBy(m => m.Id).Select(ToMessage).ToList();
        var instances = (await db.WorkflowInstances.IgnoreQueryFilters().AsNoTracking().ToListAsync(cancellationToken))
            .OrderBy(i => i.CreatedAt).ThenBy(i => i.Id)
            .Select(i => new SimulationInstance(i.Id, i.CorrelationKey, i.Status.ToString().ToLowerInvariant(), i.CurrentStepId,
                i.WaitEventType, i.WakeAt, i.EndReason, i.LastError))
            .ToList();
        var problems = (await db.Events.IgnoreQueryFilters().AsNoTracking().Where(e => e.LastError != null).ToListAsync(cancellationToken))
            .OrderBy(e => e.CreatedAt).Select(e => $"{e.Type} {e.Id}: {e.LastError}").ToList();
        return new SimulationResult(workflow.Id, workflow.Version, startedAt, endedAt, outcome, timeline, messages, instances, problems, [.. httpCalls]);
    }

    private static SimulationMessage ToMessage(SimulatedMessageRecord m)
    {
        var renders = JsonSerializer.Deserialize<List<SimulationRender>>(m.RendersJson) ?? [];
        var sent = renders.FirstOrDefault(r => r.Channel == m.Channel);
        return new SimulationMessage(m.At, m.InstanceId, m.StepId, m.Template, m.Channel, m.To, m.Locale, sent?.Subject, sent?.Body, m.SkipReason, renders);
    }
}
