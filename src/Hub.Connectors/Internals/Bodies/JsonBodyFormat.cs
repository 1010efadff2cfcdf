using System.Text.Json;
using System.Text.Json.Nodes;

namespace Hub.Connectors.Internals.Bodies;

/// <summary>
/// JSON bodies. Duplicate property names are rejected: two values for one key let a sender make the signed bytes
/// say one thing and the mapping see another.
/// </summary>
internal sealed class JsonBodyFormat : IBodyFormat
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowDuplicateProperties = false,
        MaxDepth = 64,
    };

    public IReadOnlyList<string> DefaultContentTypes { get; } = ["application/json"];

    public JsonNode Parse(byte[] body)
    {
        ReadOnlySpan<byte> json = body;
        if (json.StartsWith("\uFEFF"u8))
        {
            json = json[3..];
        }
        if (json.Trim(" \t\r\n"u8).IsEmpty)
        {
            throw new InvalidWebhookBodyException("The body is empty; expected a JSON document.");
        }
        try
        {
            return JsonNode.Parse(json, documentOptions: Options)
                ?? throw new InvalidWebhookBodyException("The body is JSON null; expected an object or an array.");
        }
        catch (JsonException ex)
        {
            throw new InvalidWebhookBodyException(Describe(ex), ex);
        }
    }

    private static string Describe(JsonException ex)
    {
        // System.Text.Json appends zero-based "LineNumber: x | BytePositionInLine: y." to its message; say it once, one-based.
        var message = ex.Message;
        var suffix = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (suffix >= 0)
        {
            message = message[..suffix];
        }
        return ex.LineNumber is { } line
            ? $"The body is not valid JSON at line {line + 1}, byte {ex.BytePositionInLine + 1}: {message}"
            : $"The body is not valid JSON: {message}";
    }
}
