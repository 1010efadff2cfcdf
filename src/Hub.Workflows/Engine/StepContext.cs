using System.Text.Json.Nodes;
using Hub.Core.Events;
using Hub.Scripting;
using Hub.Storage;
using Scriban.Runtime;

namespace Hub.Workflows.Engine;

/// <summary>
/// What a step runs with: its instance and state, the triggering event, the clock, the transaction's context, and
/// the scope its expressions read (<c>event</c>, <c>contact</c>, <c>vars</c>, <c>steps</c>, ...).
/// </summary>
public sealed class StepContext
{
    private ScriptObject? _scope;

    public StepContext(WorkflowInstance instance, WorkflowDefinition workflow, CanonicalEvent triggerEvent, InstanceState state, DateTimeOffset now, HubDbContext db)
    {
        Instance = instance;
        Workflow = workflow;
        Event = triggerEvent;
        State = state;
        Now = now;
        Db = db;
    }

    public WorkflowInstance Instance { get; }
    public WorkflowDefinition Workflow { get; }
    public CanonicalEvent Event { get; }
    public InstanceState State { get; }

    /// <summary>The engine's clock for this run (virtual under simulation).</summary>
    public DateTimeOffset Now { get; }

    /// <summary>The job's context: what a step adds is stored atomically with the instance's new position.</summary>
    public HubDbContext Db { get; }

    /// <summary>The globals expressions see, built on first use and kept in step with <see cref="SetVariable"/>.</summary>
    public ScriptObject Scope => _scope ??= WorkflowScope.Create(Event, Workflow, Now, State);

    public object? Evaluate(HubExpression expression, CancellationToken cancellationToken = default) =>
        expression.Evaluate(Scope, cancellationToken: cancellationToken);

    public bool IsTrue(HubExpression expression, CancellationToken cancellationToken = default) =>
        expression.IsTrue(Scope, cancellationToken: cancellationToken);

    public void SetVariable(string name, object? value)
    {
        State.Vars[name] = ScriptValues.ToJson(value);
        if (_scope?["vars"] is ScriptObject vars)
        {
            vars[name] = ScriptValues.FromJson(State.Vars[name]);
        }
    }

    public void SetOutput(string stepId, JsonNode? output)
    {
        State.Steps[stepId] = output?.DeepClone();
        if (_scope?["steps"] is ScriptObject steps)
        {
            steps[stepId] = ScriptValues.FromJson(output);
        }
    }
}
