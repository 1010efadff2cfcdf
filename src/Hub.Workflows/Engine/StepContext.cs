using Hub.Core.Events;
using Scriban.Runtime;

namespace Hub.Workflows.Engine;

/// <summary>What a step runs with: its instance, the triggering event, and the scope its expressions read.</summary>
public sealed record StepContext(WorkflowInstance Instance, WorkflowDefinition Workflow, CanonicalEvent Event, DateTimeOffset Now)
{
    /// <summary>The globals expressions see (<c>event</c>, <c>contact</c>, <c>vars</c>, …), built once per run.</summary>
    public ScriptObject Scope { get; } = WorkflowScope.Create(Event, Workflow, Now);
}
