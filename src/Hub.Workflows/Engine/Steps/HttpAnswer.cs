using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Hub.Workflows.Engine.Steps;

/// <summary>
/// Turns a response into the step's output, <c>{ status, headers, body }</c>: a few headers a workflow may use, and
/// the body as JSON when it says it is JSON and parses, else as text, cut at <see cref="MaxBodyBytes"/> (the output
/// is stored with the instance after every step, so it stays small).
/// </summary>
internal static class HttpAnswer
{
    public const int MaxBodyBytes = 64 * 1024;

    private static readonly string[] KeptHeaders = ["Content-Type", "Location", "ETag", "Last-Modified", "Retry-After", "X-Request-Id"];

    public static async Task<JsonObject> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var (bytes, truncated) = await ReadLimitedAsync(response.Content, cancellationToken);
        var headers = new JsonObject();
        foreach (var name in KeptHeaders)
        {
            if (response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values))
            {
                headers[name.ToLowerInvariant()] = string.Join(", ", values);
            }
        }
        var output = new JsonObject { ["status"] = (int)response.StatusCode, ["headers"] = headers, ["body"] = Body(response, bytes, truncated) };
        if (truncated)
        {
            output["truncated"] = true;
        }
        return output;
    }

    private static JsonNode? Body(HttpResponseMessage response, byte[] bytes, bool truncated)
    {
        if (bytes.Length == 0)
        {
            return null;
        }
        var mediaType = response.Content.Headers.ContentType?.MediaType ?? "";
        if (!truncated && (mediaType.EndsWith("/json", StringComparison.OrdinalIgnoreCase) || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase)))
        {
            try
            {
                return JsonNode.Parse(bytes);
            }
            catch (JsonException)
            {
                // Says JSON but is not: the text is still worth showing.
            }
        }
        return JsonValue.Create(Encoding.UTF8.GetString(bytes));
    }

    private static async Task<(byte[] Bytes, bool Truncated)> ReadLimitedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[MaxBodyBytes + 1];
        var read = 0;
        while (read < buffer.Length)
        {
            var n = await stream.ReadAsync(buffer.AsMemory(read), cancellationToken);
            if (n == 0)
            {
                break;
            }
            read += n;
        }
        return read > MaxBodyBytes ? (buffer[..MaxBodyBytes], true) : (buffer[..read], false);
    }
}
