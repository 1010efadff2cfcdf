using Hub.Scripting;
using Scriban.Functions;

namespace Hub.Workflows.Internals;

/// <summary>
/// Names a key of <c>event.data</c> may not take at the top level: the scope's own names, names kept for steps to come,
/// and every function, so that a payload with a <c>date</c> or <c>string</c> field cannot break a template.
/// </summary>
internal static class ScopeNames
{
    private static readonly HashSet<string> Reserved = BuildReserved();

    public static bool IsReserved(string name) => Reserved.Contains(name);

    private static HashSet<string> BuildReserved()
    {
        var names = new HashSet<string>(StringComparer.Ordinal)
        {
            "event", "contact", "vars", "steps", "now", "workflow", "connector",
        };
        names.UnionWith(new BuiltinFunctions().Keys);
        names.UnionWith(HubFunctions.Create().Keys);
        return names;
    }
}
