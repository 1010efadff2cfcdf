using Hub.Connectors.Internals.Expressions;
using Hub.Connectors.Internals.Mapping;
using Scriban.Runtime;

namespace Hub.Connectors.Internals.Normalization;

/// <summary>
/// The elements of a <c>batch</c>. A single object is a batch of one (an XML element that may repeat is an object
/// when it occurs once; a CloudEvents endpoint gets single and batched events); null is an empty batch.
/// </summary>
internal static class BatchItems
{
    public static IReadOnlyList<object?> Read(CompiledExpression batch, ScriptObject scope)
    {
        var value = batch.Evaluate(scope, "(batch)", "batch");
        if (value is null)
        {
            return [];
        }
        var list = EachValue.AsList(value)
            ?? throw new MappingException("(batch)", "batch", $"'{batch.Text}' gave {value.GetType().Name} '{value}', not a list of events");
        return list.Cast<object?>().ToList();
    }
}
