using System.Text.Json.Nodes;
using Hub.Storage;

namespace Hub.Workflows.Engine.Internals;

/// <summary>Adds lines to an instance's journal, in the transaction of whatever they record.</summary>
internal static class Journal
{
    /// <summary>Journal data is for reading, not a copy of the payload: long values are cut.</summary>
    private const int MaxDataChars = 4000;

    public static void Add(HubDbContext db, WorkflowInstance instance, string? stepId, string kind, string outcome, string? detail, JsonNode? data, DateTimeOffset at)
    {
        var json = data?.ToJsonString();
        db.WorkflowJournal.Add(new WorkflowJournalEntry
        {
            InstanceId = instance.Id,
            StepId = stepId,
            Kind = kind,
            Outcome = outcome,
            Detail = detail is { Length: > 1000 } ? detail[..1000] : detail,
            DataJson = json is { Length: > MaxDataChars } ? json[..MaxDataChars] : json,
            At = at,
        });
    }

    public static void Instance(HubDbContext db, WorkflowInstance instance, string outcome, string? detail, DateTimeOffset at, JsonNode? data = null) =>
        Add(db, instance, null, "instance", outcome, detail, data, at);
}
