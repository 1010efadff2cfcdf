using Hub.Scripting;
using Scriban.Functions;

namespace Hub.Connectors.Internals.Expressions;

/// <summary>
/// The variables an expression may read where it appears in a spec (functions are always available), which
/// <c>enrich:</c> lookups <c>enriched</c> may name there, and why some names are deliberately absent.
/// </summary>
internal sealed class ExpressionScope
{
    private static readonly HashSet<string> Functions =
        [.. HubFunctions.Create().Keys, .. new BuiltinFunctions().Keys];

    private readonly string[] _variables;
    private readonly Dictionary<string, string> _absent;

    private ExpressionScope(string[] variables, IReadOnlyCollection<string>? lookups, Dictionary<string, string> absent)
    {
        _variables = variables;
        Lookups = lookups;
        _absent = absent;
    }

    public static ExpressionScope Of(params string[] variables) => new(variables, null, new(StringComparer.Ordinal));

    public IReadOnlyList<string> Variables => _variables;

    /// <summary>The lookups <c>enriched</c> may name here; null when <c>enriched</c> is not in scope.</summary>
    public IReadOnlyCollection<string>? Lookups { get; }

    public bool Allows(string name) => _variables.Contains(name, StringComparer.Ordinal) || Functions.Contains(name);

    /// <summary>Whether <paramref name="name"/> may be introduced by <c>as</c> without hiding a variable or a function.</summary>
    public bool CanIntroduce(string name) => !Allows(name);

    public ExpressionScope With(string variable) => new([.. _variables, variable], Lookups, _absent);

    /// <summary>Adds <c>enriched</c>, naming <paramref name="lookups"/>.</summary>
    public ExpressionScope WithLookups(IReadOnlyCollection<string> lookups) =>
        new([.. _variables.Where(v => v != Globals.Enriched), Globals.Enriched], lookups, _absent);

    /// <summary>Records why <paramref name="name"/> is not (or only partly) available here, for the error that reads it.</summary>
    public ExpressionScope Explain(string name, string why) =>
        new(_variables, Lookups, new(_absent, StringComparer.Ordinal) { [name] = why });

    public string? WhyAbsent(string name) => _absent.GetValueOrDefault(name);
}
