using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.Core.Json;

namespace Hub.Connectors.Internals.Bodies;

/// <summary>
/// JSON bodies, strict (<see cref="StrictJson"/>): duplicate property names, invalid UTF-8 and lone surrogate escapes
/// are refused here, while the request is received, so that no mapping or lookup meets them later.
/// </summary>
internal sealed class JsonBodyFormat : IBodyFormat
{
    public IReadOnlyList<string> DefaultContentTypes { get; } = ["application/json"];

    public JsonNode Parse(byte[] body)
    {
        var json = Checked(body);
        try
        {
            return JsonNode.Parse(json.Span, documentOptions: StrictJson.DocumentOptions)
                ?? throw new InvalidWebhookBodyException("The body is JSON null; expected an object or an array.");
        }
        catch (JsonException ex)
        {
            throw new InvalidWebhookBodyException(StrictJson.Describe(ex), ex);
        }
    }

    /// <summary>
    /// The same checks and messages as <see cref="Parse"/>, with no tree: the document lives in pooled memory and is
    /// let go at once. For requests whose identity is in headers, the tree is only built later, by the ingest job.
    /// </summary>
    public void Check(byte[] body)
    {
        var json = Checked(body);
        try
        {
            using var document = JsonDocument.Parse(json, StrictJson.DocumentOptions);
            if (document.RootElement.ValueKind == JsonValueKind.Null)
            {
                throw new InvalidWebhookBodyException("The body is JSON null; expected an object or an array.");
            }
        }
        catch (JsonException ex)
        {
            throw new InvalidWebhookBodyException(StrictJson.Describe(ex), ex);
        }
    }

    private static ReadOnlyMemory<byte> Checked(byte[] body)
    {
        ReadOnlyMemory<byte> json = body;
        if (json.Span.StartsWith("\uFEFF"u8))
        {
            json = json[3..];
        }
        if (json.Span.Trim(" \t\r\n"u8).IsEmpty)
        {
            throw new InvalidWebhookBodyException("The body is empty; expected a JSON document.");
        }
        // Text first: the parser's duplicate-name check decodes names and throws on a lone surrogate in one.
        if (StrictJson.FindInvalidText(json.Span) is { } problem)
        {
            throw new InvalidWebhookBodyException(problem);
        }
        return json;
    }
}
