using System.Globalization;
using Hub.Scripting;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Hub.Specs;

/// <summary>
/// Reads one YAML mapping of a spec file: typed values by key, each problem reported with the line and field path
/// (worded by the file's <see cref="SpecWording"/>), and keys nobody asked for reported as unknown — an unknown key
/// is usually a misspelt known one, and silently ignoring it hides a broken definition.
/// </summary>
/// <remarks>
/// Two readings of "empty": <see cref="Node"/> and <see cref="Text"/> treat <c>key:</c> with no value as absent;
/// <see cref="Written"/> and the readers built on it (<see cref="NonBlankText"/>, <see cref="Choice"/>, ...) return
/// what is written, so that an empty value is reported rather than quietly skipped.
/// </remarks>
public sealed class YamlMap
{
    private readonly Dictionary<string, KeyValuePair<YamlScalarNode, YamlNode>> _entries = new(StringComparer.Ordinal);
    private readonly HashSet<string> _askedFor = new(StringComparer.Ordinal);

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
                spec.Error(key, path, spec.Wording.NotAPlainKey(key));
            }
        }
    }

    public SpecContext Spec { get; }

    /// <summary>The field path of this mapping (<c>routes.orders/create</c>); empty for the file's root.</summary>
    public string Path { get; }

    /// <summary>The line of the key that owns this mapping, where "missing" errors point.</summary>
    public int Line { get; }

    /// <summary>The keys, in the order written.</summary>
    public IEnumerable<string> Keys => _entries.Keys;

    private SpecWording Wording => Spec.Wording;

    /// <summary>Wraps <paramref name="node"/>, or reports that it is not a mapping and returns null.</summary>
    public static YamlMap? From(SpecContext spec, YamlNode node, string path, int? line = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (node is YamlMappingNode mapping)
        {
            return Of(spec, mapping, path, line);
        }
        spec.Error(node, path, spec.Wording.NotAMapping(node));
        return null;
    }

    /// <summary>Wraps a node already known to be a mapping (its owner checked it, with a message of its own).</summary>
    public static YamlMap Of(SpecContext spec, YamlMappingNode node, string path, int? line = null) =>
        new(spec, node, path, line ?? SpecContext.LineOf(node));

    public string FieldOf(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    /// <summary>Whether <paramref name="key"/> is written, even with no value; asking does not make the key known.</summary>
    public bool Has(string key) => _entries.ContainsKey(key);

    public int LineOf(string key) => _entries.TryGetValue(key, out var entry) ? SpecContext.LineOf(entry.Key) : Line;

    /// <summary>The value under <paramref name="key"/>; null (after reporting it when required) when absent or empty.</summary>
    public YamlNode? Node(string key, bool required = false)
    {
        _askedFor.Add(key);
        if (_entries.TryGetValue(key, out var entry) && !IsNull(entry.Value))
        {
            return entry.Value;
        }
        if (required)
        {
            Spec.Error(LineOf(key), FieldOf(key), entry.Value is null ? Wording.Missing(key) : Wording.Empty(key));
        }
        return null;
    }

    /// <summary>The value as written under <paramref name="key"/>, an empty one included; null (after reporting it when required) when absent.</summary>
    public YamlNode? Written(string key, bool required = false)
    {
        _askedFor.Add(key);
        if (_entries.TryGetValue(key, out var entry))
        {
            return entry.Value;
        }
        if (required)
        {
            Spec.Error(Line, FieldOf(key), Wording.Missing(key));
        }
        return null;
    }

    /// <summary>A single value as written (not trimmed); null when absent or empty.</summary>
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
        Spec.Error(node, FieldOf(key), Wording.NotASingleValue(node));
        return null;
    }

    /// <summary>Trimmed text that is not blank; an empty value, a list or a mapping is reported.</summary>
    public string? NonBlankText(string key, bool required = false) =>
        Written(key, required) is { } node ? NonBlankTextOf(node, FieldOf(key)) : null;

    /// <inheritdoc cref="NonBlankText"/>
    public string? NonBlankTextOf(YamlNode node, string field)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (node is YamlScalarNode { Value: { } value } && value.Trim().Length > 0)
        {
            return value.Trim();
        }
        Spec.Error(node, field, Wording.NotText(node));
        return null;
    }

    /// <summary>One of <paramref name="allowed"/>, as non-blank text.</summary>
    public string? Choice(string key, IReadOnlyCollection<string> allowed, bool required = false)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        var value = NonBlankText(key, required);
        if (value is not null && !allowed.Contains(value))
        {
            Spec.Error(Written(key), FieldOf(key), Wording.NotOneOf(value, allowed));
            return null;
        }
        return value;
    }

    /// <summary><c>true</c> or <c>false</c>, exactly; null when absent or wrong.</summary>
    public bool? Boolean(string key)
    {
        var node = Written(key);
        switch (node is YamlScalarNode scalar ? scalar.Value : null)
        {
            case null when node is null:
                return null;
            case "true":
                return true;
            case "false":
                return false;
            default:
                Spec.Error(node, FieldOf(key), Wording.NotABoolean(node!));
                return null;
        }
    }

    /// <summary>A whole number; <c>_</c> may group digits (<c>1_048_576</c>).</summary>
    public long? WholeNumber(string key)
    {
        var node = Written(key);
        if (node is null)
        {
            return null;
        }
        if (node is YamlScalarNode { Value: { } text }
            && long.TryParse(text.Replace("_", string.Empty, StringComparison.Ordinal), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        Spec.Error(node, FieldOf(key), Wording.NotAWholeNumber(node));
        return null;
    }

    /// <summary>The mapping under <paramref name="key"/>, whose "missing" errors point at the key.</summary>
    public YamlMap? Mapping(string key, bool required = false) =>
        Written(key, required) is { } node ? From(Spec, node, FieldOf(key), LineOf(key)) : null;

    /// <summary>A list of non-blank texts; a single text is accepted as a list of one.</summary>
    public IReadOnlyList<(string Value, YamlNode Node)>? TextList(string key)
    {
        var node = Written(key);
        switch (node)
        {
            case null:
                return null;
            case YamlScalarNode scalar:
                return NonBlankTextOf(scalar, FieldOf(key)) is { } single ? [(single, scalar)] : null;
            case YamlSequenceNode sequence:
                var result = new List<(string, YamlNode)>();
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    if (NonBlankTextOf(sequence.Children[i], $"{FieldOf(key)}[{i}]") is { } item)
                    {
                        result.Add((item, sequence.Children[i]));
                    }
                }
                return result;
            default:
                Spec.Error(node, FieldOf(key), Wording.NotAList(node));
                return null;
        }
    }

    /// <summary>The entries of a mapping whose keys are names chosen by the author (routes, settings, data fields), all known.</summary>
    public IEnumerable<(string Key, YamlNode KeyNode, YamlNode Value)> Entries()
    {
        foreach (var (name, (key, value)) in _entries)
        {
            _askedFor.Add(name);
            if (name.Length == 0)
            {
                Spec.Error(key, Path, Wording.NotAPlainKey(key));
                continue;
            }
            yield return (name, key, value);
        }
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
        ArgumentNullException.ThrowIfNull(allowed);
        foreach (var (name, entry) in _entries)
        {
            if (allowed.Contains(name))
            {
                continue;
            }
            var message = planned is not null && planned.Contains(name)
                ? Wording.NotSupportedYet(name)
                : Wording.UnknownKey(name, allowed, hint: null);
            Spec.Error(entry.Key, FieldOf(name), message);
        }
    }

    /// <summary>
    /// Reports every key no reader asked for, for a mapping whose keys depend on what was read (a verification
    /// scheme's parameters). Call it last; <paramref name="hint"/> replaces the list of the keys asked for.
    /// </summary>
    public void RejectKeysNotAskedFor(string? hint = null)
    {
        foreach (var (name, entry) in _entries)
        {
            if (!_askedFor.Contains(name))
            {
                Spec.Error(entry.Key, FieldOf(name), Wording.UnknownKey(name, _askedFor.Order(StringComparer.Ordinal), hint));
            }
        }
    }

    /// <summary>YAML spells "nothing" as an empty value, <c>~</c> or <c>null</c>; quoted text is always text.</summary>
    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    /// <summary>What a node is, for "expected ..., found ..." messages: <c>'text'</c>, <c>nothing</c>, <c>a list</c>, <c>a mapping</c>.</summary>
    public static string Describe(YamlNode node) => node switch
    {
        null => "nothing",
        YamlScalarNode { Value: null or "" } => "nothing",
        YamlScalarNode scalar => $"'{scalar.Value}'",
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        _ => node.NodeType.ToString(),
    };
}
