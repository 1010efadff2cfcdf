using System.Text.Json.Nodes;
using System.Xml;

namespace Hub.Connectors.Internals.Bodies;

/// <summary>
/// XML bodies (Salesforce Outbound Messages), read into JSON by <see cref="XmlToJson"/>. DTDs are refused outright and
/// nothing is ever resolved: a webhook has no business declaring entities, and expanding them is how XML bombs and
/// external-entity reads work.
/// </summary>
internal sealed class XmlBodyFormat : IBodyFormat
{
    private static XmlReaderSettings Settings => SafeXml.ReaderSettings;

    public IReadOnlyList<string> DefaultContentTypes { get; } = ["text/xml", "application/xml"];

    public JsonNode Parse(byte[] body)
    {
        if (body.AsSpan().Trim(" \t\r\n"u8).IsEmpty)
        {
            throw new InvalidWebhookBodyException("The body is empty; expected an XML document.");
        }
        using var stream = new MemoryStream(body, writable: false);
        using var reader = XmlReader.Create(stream, Settings);
        try
        {
            return XmlToJson.Read(reader);
        }
        catch (XmlException ex)
        {
            throw new InvalidWebhookBodyException(Describe(ex), ex);
        }
    }

    private static string Describe(XmlException ex)
    {
        // XmlException ends its message with " Line x, position y."; say it once, up front.
        var message = ex.Message;
        var suffix = message.LastIndexOf(" Line ", StringComparison.Ordinal);
        if (suffix > 0)
        {
            message = message[..suffix];
        }
        return ex.LineNumber > 0
            ? $"The body is not valid XML at line {ex.LineNumber}, position {ex.LinePosition}: {message}"
            : $"The body is not valid XML: {message}";
    }
}
