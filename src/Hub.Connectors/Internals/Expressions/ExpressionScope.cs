using Hub.Scripting;
using Scriban.Functions;

namespace Hub.Connectors.Internals.Expressions;

/// <summary>The variables an expression may read where it appears in a spec (functions are always available).</summary>
internal sealed class ExpressionScope
{
    private static readonly HashSet<string> Functions =
        [.. HubFunctions.Create().Keys, .. new BuiltinFunctions().Keys];

    private readonly string[] _variables;

    private ExpressionScope(string[] variables)
    {
        _variables = variables;
    }

    /// <summary>For <c>delivery_id</c> and <c>event_type</c>, read before any instance settings are involved.</summary>
    public static ExpressionScope Identity { get; } = new([Globals.Header, Globals.Body]);

    public static ExpressionScope Mapping { get; } = new([Globals.Body, Globals.Header, Globals.Settings, Globals.Connector]);

    public IReadOnlyList<string> Variables => _variables;

    public bool Allows(string name) => _variables.Contains(name, StringComparer.Ordinal) || Functions.Contains(name);

    /// <summary>Whether <paramref name="name"/> may be introduced by <c>as</c> without hiding a variable or a function.</summary>
    public bool CanIntroduce(string name) => !Allows(name);

    public ExpressionScope With(string variable) => new([.. _variables, variable]);
}
