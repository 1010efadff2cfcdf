namespace Hub.Workflows.Engine;

/// <summary>
/// A workspace's workflows as the engine sees them at one moment: the published version of each (what new events
/// start) and every stored version (what running instances finish on), indexed by the event types they react to.
/// </summary>
public sealed class WorkflowSet
{
    private readonly Dictionary<string, WorkflowDefinition> _published;
    private readonly Dictionary<(string Id, string Version), WorkflowDefinition> _versions;
    private readonly ILookup<string, WorkflowDefinition> _byTrigger;
    private readonly ILookup<string, WorkflowDefinition> _byKeyedEvent;
    private readonly ILookup<string, WorkflowDefinition> _byWaitEvent;

    public WorkflowSet(IEnumerable<WorkflowDefinition> published, IEnumerable<WorkflowDefinition> allVersions)
    {
        _published = published.ToDictionary(d => d.Id, StringComparer.Ordinal);
        _versions = new Dictionary<(string, string), WorkflowDefinition>();
        foreach (var definition in allVersions.Concat(_published.Values))
        {
            _versions.TryAdd((definition.Id, definition.Version), definition);
        }
        _byTrigger = _published.Values.ToLookup(d => d.Trigger.EventType, StringComparer.Ordinal);
        _byKeyedEvent = _versions.Values
            .SelectMany(d => d.KeyedEventTypes.Distinct(StringComparer.Ordinal).Select(type => (type, d)))
            .ToLookup(x => x.type, x => x.d, StringComparer.Ordinal);
        _byWaitEvent = _versions.Values
            .SelectMany(d => d.Program.Nodes.Select(n => n.Step).OfType<WaitForStep>().Select(w => w.EventType).Distinct(StringComparer.Ordinal).Select(type => (type, d)))
            .ToLookup(x => x.type, x => x.d, StringComparer.Ordinal);
    }

    public IReadOnlyCollection<WorkflowDefinition> Published => _published.Values;

    public WorkflowDefinition? FindPublished(string workflowId) => _published.GetValueOrDefault(workflowId);

    public WorkflowDefinition? FindVersion(string workflowId, string version) => _versions.GetValueOrDefault((workflowId, version));

    /// <summary>Published versions whose trigger is this event type.</summary>
    public IEnumerable<WorkflowDefinition> TriggeredBy(string eventType) => _byTrigger[eventType];

    /// <summary>Versions (old ones too) with a cancel_on or restart_on rule for this event type.</summary>
    public IEnumerable<WorkflowDefinition> KeyedBy(string eventType) => _byKeyedEvent[eventType];

    /// <summary>Versions with a wait_for step for this event type.</summary>
    public IEnumerable<WorkflowDefinition> WaitingFor(string eventType) => _byWaitEvent[eventType];
}
