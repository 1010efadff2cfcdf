using System.Collections.Concurrent;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Hub.Scripting;

/// <summary>
/// A Scriban text template parsed once. Rendering fails on an undefined variable, on a <c>{{ value }}</c> that has no
/// value, and on any <see cref="ScriptLimits">limit</see>, including the time limit.
/// </summary>
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

    /// <summary>The values the template reads, with where (<see cref="ScriptPaths.ReadsOf"/>).</summary>
    public IReadOnlyList<ScriptRead> Reads => _reads ??= ScriptPaths.ReadsOf(_template);

    private IReadOnlyList<ScriptRead>? _reads;

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

    public string Render(ScriptObject globals, ScriptLimits? limits = null, RenderSettings? settings = null,
        CancellationToken cancellationToken = default)
    {
        limits ??= ScriptLimits.Default;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limits.Timeout);
        var context = ScriptRuntime.CreateContext(globals, limits, strict: true, timeout.Token, settings);
        try
        {
            return _template.Render(context);
        }
        catch (ScriptAbortException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ScriptException($"Template '{Name}' failed: it ran longer than its limit of {limits.Timeout.TotalSeconds:0.###} s.", ex);
        }
        catch (ScriptRuntimeException ex)
        {
            throw new ScriptException($"Template '{Name}' failed: {ex.OriginalMessage}", ex);
        }
    }
}
