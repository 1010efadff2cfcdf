using Hub.Connectors.Internals.Expressions;
using Hub.Connectors.Internals.Spec;
using Scriban.Runtime;

namespace Hub.Connectors.Internals.Mapping;

/// <summary>
/// A route's <c>emit</c>: a canonical type written out (<c>order.created</c>), or a <c>{{ }}</c> template that takes it
/// from the payload (<c>"{{ body.type }}"</c> for sources that already send canonical events). A computed type is
/// checked against the same pattern as a written one, when the event is mapped.
/// </summary>
internal sealed class EmitType
{
    private readonly string? _literal;
    private readonly TextTemplate? _template;

    private EmitType(string? literal, TextTemplate? template)
    {
        _literal = literal;
        _template = template;
    }

    public static EmitType Literal(string type) => new(type, null);

    public static EmitType Computed(TextTemplate template) => new(null, template);

    public string Resolve(ScriptObject scope, string route, string field)
    {
        if (_literal is not null)
        {
            return _literal;
        }
        var type = _template!.Render(scope, route, field).Trim();
        return SpecPatterns.CanonicalType().IsMatch(type)
            ? type
            : throw new MappingException(route, field, $"'{_template.Text}' gave '{type}', which is not a canonical event type such as order.created");
    }
}
