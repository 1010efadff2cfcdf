using Hub.Core.Events;
using Hub.Scripting;
using Hub.Workflows.Internals;
using Hub.Specs;

namespace Hub.Workflows;

/// <summary>Workflow definitions loaded once and looked up by id or by the event that starts them.</summary>
public sealed class WorkflowCatalog : IWorkflowCatalog
{
    private readonly Dictionary<string, WorkflowDefinition> _byId;
    private readonly ILookup<string, WorkflowDefinition> _byEventType;
    private readonly TimeProvider _time;

    /// <summary>Builds a catalog from definitions made in code; ids must be unique.</summary>
    public WorkflowCatalog(IEnumerable<WorkflowDefinition> definitions, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        All = [.. definitions];
        _byId = new Dictionary<string, WorkflowDefinition>(StringComparer.Ordinal);
        foreach (var definition in All)
        {
            if (!_byId.TryAdd(definition.Id, definition))
            {
                throw new ArgumentException($"Workflow id '{definition.Id}' is used twice.", nameof(definitions));
            }
        }
        _byEventType = All.ToLookup(d => d.Trigger.EventType, StringComparer.Ordinal);
        _time = time ?? TimeProvider.System;
    }

    public IReadOnlyList<WorkflowDefinition> All { get; }

    /// <summary>Loads every <c>*.yaml</c> directly in <paramref name="directory"/>; throws listing every error.</summary>
    public static WorkflowCatalog LoadDirectory(string directory, TimeProvider? time = null)
    {
        var (definitions, errors) = WorkflowDirectory.Load(directory);
        return errors.Count > 0 ? throw new WorkflowSpecException(errors) : new WorkflowCatalog(definitions, time);
    }

    /// <summary>Every error in the directory's workflow files; empty when they all load.</summary>
    public static IReadOnlyList<SpecError> Validate(string directory) => WorkflowDirectory.Load(directory).Errors;

    public WorkflowDefinition? Find(string id) => _byId.GetValueOrDefault(id);

    public IReadOnlyList<WorkflowDefinition> Triggered(CanonicalEvent e) =>
        [.. Match(e).Where(m => m.IsTriggered).Select(m => m.Workflow)];

    public IReadOnlyList<TriggerMatch> Match(CanonicalEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var now = _time.GetUtcNow();
        return [.. _byEventType[e.Type].Select(definition => Evaluate(definition, e, now))];
    }

    /// <summary>
    /// Checks that every send step names a template that exists and has a variant for each of its channels.
    /// Workflows and templates load separately; the host calls this with the template catalog once both are loaded.
    /// </summary>
    /// <param name="channelsOfTemplate">The channels a template has variants for, or null when there is no such template.</param>
    public IReadOnlyList<SpecError> CheckTemplates(Func<string, IReadOnlyCollection<string>?> channelsOfTemplate)
    {
        ArgumentNullException.ThrowIfNull(channelsOfTemplate);
        return [.. All.SelectMany(definition => TemplateReferences.Check(definition, channelsOfTemplate))];
    }

    /// <summary>
    /// Checks that expressions read only fields the events' schemas declare; <paramref name="declares"/> answers for
    /// (event type, path inside data), null for an unknown type.
    /// </summary>
    public IReadOnlyList<SpecError> CheckEventFields(Func<string, IReadOnlyList<string>, bool?> declares)
    {
        ArgumentNullException.ThrowIfNull(declares);
        return [.. All.SelectMany(definition => EventFieldReferences.Check(definition, declares))];
    }

    /// <summary>
    /// Checks that the templates send steps name read only fields of their workflow's trigger event; the errors are
    /// located in the template files.
    /// </summary>
    /// <param name="readsOfTemplate">The data paths a template reads, or null when there is no such template.</param>
    public IReadOnlyList<SpecError> CheckTemplateFields(Func<string, IReadOnlyList<SpecRead>?> readsOfTemplate,
        Func<string, IReadOnlyList<string>, bool?> declares)
    {
        ArgumentNullException.ThrowIfNull(readsOfTemplate);
        ArgumentNullException.ThrowIfNull(declares);
        return [.. All.SelectMany(definition => TemplateFieldReferences.Check(definition, readsOfTemplate, declares)).Distinct()];
    }

    private static TriggerMatch Evaluate(WorkflowDefinition definition, CanonicalEvent e, DateTimeOffset now)
    {
        try
        {
            return new TriggerMatch(definition, definition.IsTriggeredBy(e, now), null);
        }
        catch (ScriptException ex)
        {
            // One broken condition must not keep the other workflows from seeing the event.
            return new TriggerMatch(definition, false, ex.Message);
        }
    }
}
