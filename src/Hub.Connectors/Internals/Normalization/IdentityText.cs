using Hub.Connectors.Internals.Expressions;
using Hub.Scripting;
using Scriban.Runtime;

namespace Hub.Connectors.Internals.Normalization;

/// <summary>Reads <c>delivery_id</c>, <c>event_type</c> and <c>item_id</c> as trimmed text; blank is none.</summary>
internal static class IdentityText
{
    /// <summary>
    /// With <paramref name="lenient"/>, a failing expression reads as none: that is how a request is read while it is
    /// being received, before it is stored; normalization reads strictly and fails loudly against the stored request.
    /// </summary>
    public static string? Read(CompiledExpression? expression, ScriptObject scope, string field, bool lenient)
    {
        try
        {
            return expression is null ? null : Text(expression.Evaluate(scope, "(identify)", field));
        }
        catch (MappingException) when (lenient)
        {
            return null;
        }
    }

    private static string? Text(object? value) => value switch
    {
        string text => text.Trim() is { Length: > 0 } trimmed ? trimmed : null,
        bool or IFormattable => HubFunctions.Text(value),
        _ => null,
    };
}
