using Hub.Scripting;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Hub.Specs;

/// <summary>
/// Reads one YAML mapping of a spec file: typed values by key, each problem reported with the line and field path,
/// and keys nobody asked for reported as unknown.
/// </summary>
public sealed class YamlMap
{
    private readonly Dictionary<string, KeyValuePair<YamlScalarNode, YamlNode>> _entries = new(StringComparer.Ordinal);

    private YamlMap(SpecContext spec, YamlMappingNode node, string path, int line)
    {
        Spec = spec;
        Path = path;
        Line = line;
        foreach (var (key, value) in node.Children)
        {
            if (key is YamlScalarNode { Value: { } name } scalar)
            {
                _entries[name] = new(scalar, value);
            }
            else
            {
                spec.Error(key, path, "Keys must be plain words.");
            }
        }
    }

    public SpecContext Spec { get; }

    /// <summary>The field path of this mapping; empty for the file's root.</summary>
    public string Path { get; }

    /// <summary>The line of the key that owns this mapping, where "missing" errors point.</summary>
    public int Line { get; }

    public IEnumerable<string> Keys => _entries.Keys;

    /// <summary>Wraps <paramref name="node"/>, or reports that it is not a mapping and returns null.</summary>
    public static YamlMap? From(SpecContext spec, YamlNode node, string path, int? line = null)
    {
        if (node is YamlMappingNode mapping)
        {
            return new YamlMap(spec, mapping, path, line ?? SpecContext.LineOf(node));
        }
        spec.Error(node, path, "Expected a mapping (key: value lines).");
        return null;
    }

    public string FieldOf(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    public bool Has(string key) => _entries.ContainsKey(key);

    public int LineOf(string key) => _entries.TryGetValue(key, out var entry) ? SpecContext.LineOf(entry.Key) : Line;

    /// <summary>The value under <paramref name="key"/>; null (after reporting it when required) when absent or empty.</summary>
    public YamlNode? Node(string key, bool required = false)
    {
        if (_entries.TryGetValue(key, out var entry) && !IsNull(entry.Value))
        {
            return entry.Value;
        }
        if (required)
        {
            Spec.Error(LineOf(key), FieldOf(key), entry.Value is null ? $"'{key}' is required." : $"'{key}' is empty.");
        }
        return null;
    }

    public string? Text(string key, bool required = false)
    {
        var node = Node(key, required);
        if (node is null)
        {
            return null;
        }
        if (node is YamlScalarNode { Value: { } text })
        {
            return text;
        }
        Spec.Error(node, FieldOf(key), "Expected a single value, not a list or mapping.");
        return null;
    }

    /// <summary>A Scriban expression, parsed now so that a syntax error is found on load, not when an event arrives.</summary>
    public HubExpression? Expression(string key, bool required = false)
    {
        var text = Text(key, required);
        if (text is null)
        {
            return null;
        }
        try
        {
            return HubExpression.Parse(text);
        }
        catch (ScriptException ex)
        {
            Spec.Error(Node(key)!, FieldOf(key), ex.Message);
            return null;
        }
    }

    /// <summary>Reports every key not in <paramref name="allowed"/>; keys in <paramref name="planned"/> get a kinder word.</summary>
    public void RejectUnknown(IReadOnlyCollection<string> allowed, IReadOnlyCollection<string>? planned = null)
    {
        foreach (var (name, entry) in _entries)
        {
            if (allowed.Contains(name))
            {
                continue;
            }
            var message = planned is not null && planned.Contains(name)
                ? $"'{name}' is not supported yet."
                : $"Unknown key '{name}'; expected one of: {string.Join(", ", allowed)}.";
            Spec.Error(entry.Key, FieldOf(name), message);
        }
    }

    /// <summary>YAML spells "nothing" as an empty value, <c>~</c> or <c>null</c>; quoted text is always text.</summary>
    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: null or "" or "~" or "null" or "Null" or "NULL" };
}
