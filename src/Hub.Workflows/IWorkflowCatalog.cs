using Hub.Core.Events;

namespace Hub.Workflows;

/// <summary>The loaded workflow definitions.</summary>
public interface IWorkflowCatalog
{
    IReadOnlyList<WorkflowDefinition> All { get; }

    WorkflowDefinition? Find(string id);

    /// <summary>Definitions whose trigger event equals the event's type and whose condition is true for it.</summary>
    IReadOnlyList<WorkflowDefinition> Triggered(CanonicalEvent e);

    /// <summary>Every definition listening for the event's type, with whether it starts and why not.</summary>
    IReadOnlyList<TriggerMatch> Match(CanonicalEvent e);
}
