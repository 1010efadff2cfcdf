using Hub.Scripting;
using Scriban.Runtime;

namespace Hub.Connectors.Internals.Expressions;

/// <summary>
/// Text with <c>{{ expression }}</c> holes, parsed at load time: an <c>emit</c> computed from the payload, a lookup's
/// URL and headers. Every hole must give text or a number; an empty hole fails rather than leaving a gap.
/// </summary>
internal sealed class TextTemplate(string text, IReadOnlyList<TextTemplate.Part> parts)
{
    public string Text { get; } = text;

    /// <summary>True when the text opens with a hole (a lookup URL whose base comes from settings).</summary>
    public bool StartsWithHole => Parts.Count > 0 && Parts[0].Hole is not null;

    public IReadOnlyList<Part> Parts { get; } = parts;

    /// <summary>
    /// Renders the text; <paramref name="encode"/> gets each hole's index among the parts and its value (URL escaping).
    /// </summary>
    public string Render(ScriptObject scope, string route, string field, Func<int, string, string>? encode = null)
    {
        var result = new System.Text.StringBuilder();
        for (var i = 0; i < Parts.Count; i++)
        {
            var (literal, hole) = Parts[i];
            if (hole is null)
            {
                result.Append(literal);
                continue;
            }
            var value = hole.Evaluate(scope, route, field) switch
            {
                null => null,
                string s => s,
                (DateTimeOffset or DateTime) and var time => HubFunctions.ToTimestamp(time),
                (bool or IFormattable) and var scalar => HubFunctions.Text(scalar),
                var other => throw new MappingException(route, field, $"{{{{ {hole.Text} }}}} gave a {other.GetType().Name}; a hole must give text or a number"),
            };
            if (string.IsNullOrEmpty(value))
            {
                throw new MappingException(route, field, $"{{{{ {hole.Text} }}}} is empty in '{Text}'");
            }
            result.Append(encode is null ? value : encode(i, value));
        }
        return result.ToString();
    }

    /// <summary>Either literal text or a hole.</summary>
    public readonly record struct Part(string? Literal, CompiledExpression? Hole);
}
