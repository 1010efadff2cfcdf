using System.Collections.Concurrent;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Hub.Scripting;

/// <summary>A Scriban text template parsed once; rendering fails on undefined variables and on any limit.</summary>
public sealed class HubTemplate
{
    private static readonly ConcurrentDictionary<string, HubTemplate> Cache = new(StringComparer.Ordinal);
    private readonly Template _template;

    private HubTemplate(string name, string text, Template template)
    {
        Name = name;
        Text = text;
        _template = template;
    }

    public string Name { get; }
    public string Text { get; }

    /// <summary>Parses (or takes from the cache) a template; throws <see cref="ScriptException"/> naming the line on error.</summary>
    public static HubTemplate Parse(string name, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var key = name + "\0" + text;
        if (Cache.TryGetValue(key, out var cached))
        {
            return cached;
        }
        var template = Template.Parse(text, name);
        if (template.HasErrors)
        {
            throw new ScriptException($"Template '{name}' has errors: {ScriptRuntime.Describe(template.Messages)}");
        }
        return Cache.GetOrAdd(key, new HubTemplate(name, text, template));
    }

    public string Render(ScriptObject globals, ScriptLimits? limits = null, CancellationToken cancellationToken = default)
    {
        var context = ScriptRuntime.CreateContext(globals, limits ?? ScriptLimits.Default, strict: true, cancellationToken);
        try
        {
            return _template.Render(context);
        }
        catch (ScriptRuntimeException ex)
        {
            throw new ScriptException($"Template '{Name}' failed: {ex.OriginalMessage}", ex);
        }
    }
}
