using System.Collections.Concurrent;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Hub.Scripting;

/// <summary>A Scriban expression (<c>event.data.order.total &gt; 100</c>) parsed once and evaluated many times.</summary>
public sealed class HubExpression
{
    private static readonly ConcurrentDictionary<string, HubExpression> Cache = new(StringComparer.Ordinal);
    private readonly Template _template;

    private HubExpression(string text, Template template)
    {
        Text = text;
        _template = template;
    }

    public string Text { get; }

    /// <summary>The variable paths the expression reads (<see cref="ScriptPaths"/>).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Paths => _paths ??= ScriptPaths.Of(_template);

    private IReadOnlyList<IReadOnlyList<string>>? _paths;

    /// <summary>Parses (or takes from the cache) an expression; throws <see cref="ScriptException"/> on a syntax error.</summary>
    public static HubExpression Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Cache.TryGetValue(text, out var cached))
        {
            return cached;
        }
        var template = Template.Parse(text, lexerOptions: ScriptRuntime.ExpressionLexer);
        if (template.HasErrors)
        {
            throw new ScriptException($"Invalid expression '{text}': {ScriptRuntime.Describe(template.Messages)}");
        }
        return Cache.GetOrAdd(text, new HubExpression(text, template));
    }

    /// <summary>Returns the syntax errors of <paramref name="text"/>, or null when it parses.</summary>
    public static string? Check(string text)
    {
        try
        {
            Parse(text);
            return null;
        }
        catch (ScriptException ex)
        {
            return ex.Message;
        }
    }

    public object? Evaluate(ScriptObject globals, ScriptLimits? limits = null, CancellationToken cancellationToken = default)
    {
        try
        {
            return ScriptRuntime.EvaluateExpression(_template, globals, limits ?? ScriptLimits.Default, cancellationToken);
        }
        catch (ScriptRuntimeException ex)
        {
            throw new ScriptException($"Expression '{Text}' failed: {ex.OriginalMessage}", ex);
        }
    }

    public bool IsTrue(ScriptObject globals, ScriptLimits? limits = null, CancellationToken cancellationToken = default) =>
        Evaluate(globals, limits, cancellationToken) switch
        {
            null => false,
            bool b => b,
            string s => s.Length > 0,
            _ => true,
        };
}
