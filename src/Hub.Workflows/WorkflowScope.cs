using System.Globalization;
using Hub.Core.Events;
using System.Text.Json.Nodes;
using Hub.Scripting;
using Hub.Workflows.Engine;
using Hub.Workflows.Internals;
using Scriban.Runtime;

namespace Hub.Workflows;

/// <summary>The globals that workflow expressions and templates see; one fresh object per evaluation.</summary>
public static class WorkflowScope
{
    /// <summary>
    /// Builds <c>event</c>, <c>contact</c>, <c>vars</c>, <c>steps</c>, <c>now</c> and <c>workflow</c>, and lifts every
    /// top-level key of <c>event.data</c> (so <c>order.number</c> works as well as <c>event.data.order.number</c>)
    /// unless the key would hide one of those names or a built-in function.
    /// </summary>
    public static ScriptObject Create(CanonicalEvent e, WorkflowDefinition? workflow, DateTimeOffset now, InstanceState? state = null)
    {
        ArgumentNullException.ThrowIfNull(e);
        var data = ScriptValues.FromObject(e.Data);
        var globals = new ScriptObject(StringComparer.Ordinal)
        {
            ["event"] = EventObject(e, data),
            ["contact"] = data.TryGetValue("contact", out var contact) && contact is ScriptObject c ? c : new ScriptObject(),
            ["vars"] = state is null ? new ScriptObject() : ScriptValues.FromObject(state.Vars),
            ["steps"] = state is null ? new ScriptObject() : ScriptValues.FromObject(state.Steps),
            // Times are ISO 8601 text, the same form as the times inside event.data.
            ["now"] = Iso(now),
            ["workflow"] = WorkflowObject(workflow),
        };
        foreach (var (key, value) in data)
        {
            if (!ScopeNames.IsReserved(key))
            {
                globals[key] = value;
            }
        }
        return globals;
    }

    /// <summary>
    /// The same globals as JSON, for what is stored and rendered later (a send request's template data): the shape
    /// <see cref="Create"/> builds, so that a template reads the same names whether rendered now or at a fallback.
    /// </summary>
    public static JsonObject Model(CanonicalEvent e, WorkflowDefinition? workflow, DateTimeOffset now, InstanceState? state = null)
    {
        ArgumentNullException.ThrowIfNull(e);
        var model = new JsonObject
        {
            ["event"] = new JsonObject
            {
                ["id"] = e.Id,
                ["type"] = e.Type,
                ["source"] = e.Source,
                ["subject"] = e.Subject,
                ["time"] = Iso(e.Time),
                ["data"] = e.Data.DeepClone(),
            },
            ["contact"] = e.Data["contact"] is JsonObject contact ? contact.DeepClone() : new JsonObject(),
            ["vars"] = state?.Vars.DeepClone() ?? new JsonObject(),
            ["steps"] = state?.Steps.DeepClone() ?? new JsonObject(),
            ["now"] = Iso(now),
            ["workflow"] = workflow is null ? new JsonObject() : new JsonObject { ["id"] = workflow.Id, ["version"] = workflow.Version },
        };
        foreach (var (key, value) in e.Data)
        {
            if (!ScopeNames.IsReserved(key))
            {
                model[key] = value?.DeepClone();
            }
        }
        return model;
    }

    private static ScriptObject EventObject(CanonicalEvent e, ScriptObject data) => new()
    {
        ["id"] = e.Id,
        ["type"] = e.Type,
        ["source"] = e.Source,
        ["subject"] = e.Subject,
        ["time"] = Iso(e.Time),
        ["data"] = data,
    };

    private static ScriptObject WorkflowObject(WorkflowDefinition? workflow) => workflow is null
        ? new ScriptObject()
        : new ScriptObject { ["id"] = workflow.Id, ["version"] = workflow.Version };

    private static string Iso(DateTimeOffset time) => time.ToString("O", CultureInfo.InvariantCulture);
}
