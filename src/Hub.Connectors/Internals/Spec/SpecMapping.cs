using System.Globalization;
using YamlDotNet.RepresentationModel;
using Hub.Specs;

namespace Hub.Connectors.Internals.Spec;

/// <summary>
/// A YAML mapping read key by key. Every key asked for counts as known, so <see cref="RejectUnknownKeys"/> can report
/// typos (an unknown key is usually a misspelt known one, and silently ignoring it hides a broken mapping).
/// </summary>
internal sealed class SpecMapping
{
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    public SpecMapping(YamlMappingNode node, string path, SpecDiagnostics diagnostics, YamlNode? owner = null)
    {
        Node = node;
        Path = path;
        Diagnostics = diagnostics;
        Owner = owner ?? node;
    }

    public YamlMappingNode Node { get; }

    /// <summary>The dotted field name of this mapping (<c>routes.orders/create</c>); empty at the root.</summary>
    public string Path { get; }

    public SpecDiagnostics Diagnostics { get; }

    /// <summary>The node that errors about missing keys point at: the key that introduced this mapping.</summary>
    public YamlNode Owner { get; }

    public string FieldOf(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    public bool Has(string key) => Lookup(key) is not null;

    public YamlNode? Find(string key)
    {
        _known.Add(key);
        return Lookup(key);
    }

    public YamlNode? Require(string key)
    {
        var node = Find(key);
        if (node is null)
        {
            Diagnostics.Add(Owner, FieldOf(key), "is required");
        }
        return node;
    }

    public string? Text(string key, bool required = false)
    {
        var node = required ? Require(key) : Find(key);
        return node is null ? null : TextOf(node, FieldOf(key));
    }

    public string? TextOf(YamlNode node, string field)
    {
        if (node is YamlScalarNode { Value: { Length: > 0 } value } && value.Trim().Length > 0)
        {
            return value.Trim();
        }
        Diagnostics.Add(node, field, $"expected text, found {Describe(node)}");
        return null;
    }

    public string? Choice(string key, IReadOnlyCollection<string> allowed, bool required = false)
    {
        var value = Text(key, required);
        if (value is not null && !allowed.Contains(value))
        {
            Diagnostics.Add(Find(key), FieldOf(key), $"'{value}' is not one of: {string.Join(", ", allowed)}");
            return null;
        }
        return value;
    }

    public bool? Boolean(string key)
    {
        var node = Find(key);
        if (node is null)
        {
            return null;
        }
        switch (node is YamlScalarNode scalar ? scalar.Value : null)
        {
            case "true":
                return true;
            case "false":
                return false;
            default:
                Diagnostics.Add(node, FieldOf(key), $"expected true or false, found {Describe(node)}");
                return null;
        }
    }

    public long? Integer(string key)
    {
        var node = Find(key);
        if (node is null)
        {
            return null;
        }
        if (node is YamlScalarNode { Value: { } text }
            && long.TryParse(text.Replace("_", string.Empty, StringComparison.Ordinal), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        Diagnostics.Add(node, FieldOf(key), $"expected a whole number, found {Describe(node)}");
        return null;
    }

    public SpecMapping? Mapping(string key, bool required = false)
    {
        var node = required ? Require(key) : Find(key);
        switch (node)
        {
            case null:
                return null;
            case YamlMappingNode mapping:
                return new SpecMapping(mapping, FieldOf(key), Diagnostics, KeyNode(key));
            default:
                Diagnostics.Add(node, FieldOf(key), $"expected a mapping (key: value lines), found {Describe(node)}");
                return null;
        }
    }

    /// <summary>A list of texts; a single text is accepted as a list of one.</summary>
    public IReadOnlyList<(string Value, YamlNode Node)>? TextList(string key)
    {
        var node = Find(key);
        switch (node)
        {
            case null:
                return null;
            case YamlScalarNode scalar:
                return TextOf(scalar, FieldOf(key)) is { } single ? [(single, scalar)] : null;
            case YamlSequenceNode sequence:
                var result = new List<(string, YamlNode)>();
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    if (TextOf(sequence.Children[i], $"{FieldOf(key)}[{i}]") is { } item)
                    {
                        result.Add((item, sequence.Children[i]));
                    }
                }
                return result;
            default:
                Diagnostics.Add(node, FieldOf(key), $"expected a list, found {Describe(node)}");
                return null;
        }
    }

    /// <summary>The entries of a mapping whose keys are names chosen by the author (routes, settings, data fields).</summary>
    public IEnumerable<(string Key, YamlNode KeyNode, YamlNode Value)> Entries()
    {
        foreach (var (key, value) in Node.Children)
        {
            if (key is YamlScalarNode { Value: { Length: > 0 } name })
            {
                _known.Add(name);
                yield return (name, key, value);
            }
            else
            {
                Diagnostics.Add(key, Path, $"expected a plain name as key, found {Describe(key)}");
            }
        }
    }

    public void RejectUnknownKeys(string? hint = null)
    {
        foreach (var (key, _) in Node.Children)
        {
            if (key is YamlScalarNode { Value: { } name } && !_known.Contains(name))
            {
                var expected = hint ?? $"expected one of: {string.Join(", ", _known.Order(StringComparer.Ordinal))}";
                Diagnostics.Add(key, FieldOf(name), $"unknown key; {expected}");
            }
        }
    }

    public static string Describe(YamlNode node) => node switch
    {
        YamlScalarNode { Value: null or "" } => "nothing",
        YamlScalarNode scalar => $"'{scalar.Value}'",
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        _ => node.NodeType.ToString(),
    };

    private YamlNode? Lookup(string key)
    {
        foreach (var (k, v) in Node.Children)
        {
            if (k is YamlScalarNode { Value: { } name } && string.Equals(name, key, StringComparison.Ordinal))
            {
                return v;
            }
        }
        return null;
    }

    private YamlNode? KeyNode(string key) =>
        Node.Children.Keys.FirstOrDefault(k => k is YamlScalarNode { Value: { } name } && string.Equals(name, key, StringComparison.Ordinal));
}
