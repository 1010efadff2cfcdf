using System.Text;
using System.Text.Json.Nodes;
using System.Xml;

namespace Hub.Connectors.Internals.Bodies;

/// <summary>
/// Turns an XML document into JSON a mapping can navigate with plain member access:
/// <list type="bullet">
/// <item>the document is an object with one key, the root element's local name (<c>body.Envelope</c>);</item>
/// <item>elements are keyed by local name, without prefix or namespace (<c>sf:Id</c> is <c>Id</c>);</item>
/// <item>an element with neither child elements nor attributes is its text, <c>""</c> when empty, null with <c>xsi:nil="true"</c>;</item>
/// <item>otherwise it is an object: attributes under <c>@</c> + local name (<c>xsi:type</c> is <c>@type</c>), child elements,
/// and any text under <c>#text</c>;</item>
/// <item>a name repeated among siblings becomes an array in document order (a single occurrence stays a value);</item>
/// <item>namespace declarations are dropped; all values are text.</item>
/// </list>
/// </summary>
internal static class XmlToJson
{
    public const string TextKey = "#text";
    public const string AttributePrefix = "@";

    private const int MaxDepth = 64;
    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";
    private const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";

    public static JsonObject Read(XmlReader reader)
    {
        if (reader.MoveToContent() != XmlNodeType.Element)
        {
            throw new InvalidWebhookBodyException("The body is not valid XML: it has no root element.");
        }
        var root = new JsonObject { [reader.LocalName] = ReadElement(reader, 1) };
        while (reader.Read())
        {
            // Reading to the end surfaces trailing garbage (a second root, an unclosed comment) as an XmlException.
        }
        return root;
    }

    private static JsonNode? ReadElement(XmlReader reader, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new InvalidWebhookBodyException($"The body is XML nested deeper than {MaxDepth} elements.");
        }
        var name = reader.Name;
        var attributes = ReadAttributes(reader, name, out var nil);
        if (reader.IsEmptyElement)
        {
            return Build(attributes, null, null, nil);
        }
        JsonObject? children = null;
        StringBuilder? text = null;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    children ??= [];
                    AddChild(children, reader.LocalName, ReadElement(reader, depth + 1));
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace:
                    (text ??= new StringBuilder()).Append(reader.Value);
                    break;
                case XmlNodeType.EndElement:
                    return Build(attributes, children, text?.ToString(), nil);
            }
        }
        throw new InvalidWebhookBodyException($"The body is not valid XML: element '{name}' is not closed.");
    }

    private static JsonObject? ReadAttributes(XmlReader reader, string element, out bool nil)
    {
        nil = false;
        JsonObject? attributes = null;
        if (!reader.MoveToFirstAttribute())
        {
            return null;
        }
        do
        {
            if (reader.NamespaceURI == XmlnsNamespace)
            {
                continue;
            }
            if (reader.NamespaceURI == XsiNamespace && reader.LocalName == "nil")
            {
                nil = reader.Value.Trim() is "true" or "1";
                continue;
            }
            attributes ??= [];
            var key = AttributePrefix + reader.LocalName;
            if (attributes.ContainsKey(key))
            {
                throw new InvalidWebhookBodyException(
                    $"The body's XML element '{element}' has two attributes named '{reader.LocalName}' in different namespaces, which this connector cannot tell apart.");
            }
            attributes[key] = reader.Value;
        }
        while (reader.MoveToNextAttribute());
        reader.MoveToElement();
        return attributes;
    }

    private static JsonNode? Build(JsonObject? attributes, JsonObject? children, string? text, bool nil)
    {
        if (nil)
        {
            return null;
        }
        if (attributes is null && children is null)
        {
            return JsonValue.Create(text ?? string.Empty);
        }
        var result = attributes ?? children!;
        if (attributes is not null && children is not null)
        {
            foreach (var key in children.Select(p => p.Key).ToList())
            {
                var value = children[key];
                children.Remove(key); // detached, so that it can move into the result
                result[key] = value;
            }
        }
        if (!string.IsNullOrWhiteSpace(text))
        {
            result[TextKey] = text;
        }
        return result;
    }

    private static void AddChild(JsonObject children, string name, JsonNode? value)
    {
        if (!children.TryGetPropertyValue(name, out var existing))
        {
            children[name] = value;
        }
        else if (existing is JsonArray repeated)
        {
            repeated.Add(value);
        }
        else
        {
            // Element values are never arrays themselves, so an array here always means "repeated".
            children[name] = new JsonArray(existing?.DeepClone(), value);
        }
    }
}
