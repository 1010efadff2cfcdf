using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.Workflows;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace Hub.Host.Api;

/// <summary>
/// A workflow (or template) sent to the API, as YAML (<c>application/yaml</c>, <c>text/yaml</c>) or as the same model in JSON
/// (<c>application/json</c>), turned into the YAML text the reader validates and versions store.
/// </summary>
internal static class WorkflowBody
{
    /// <summary>Workflows are a few kilobytes; this leaves room for long ones and none for abuse.</summary>
    public const int MaxBytes = 512 * 1024;

    public static readonly string[] YamlTypes = ["application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml"];

    public static readonly string[] MediaTypes = [.. YamlTypes, "application/json"];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The YAML text, or the problem that says why the body is not a workflow text at all.</summary>
    public static Task<(string? Yaml, ProblemHttpResult? Problem)> ReadAsync(HttpRequest request, CancellationToken ct) =>
        ReadAsync(request, "workflow", ct);

    /// <param name="kind">What the body is, for the problems' wording: <c>workflow</c>, <c>template</c>.</param>
    public static async Task<(string? Yaml, ProblemHttpResult? Problem)> ReadAsync(HttpRequest request, string kind, CancellationToken ct)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !MediaTypes.Contains(contentType.MediaType.Value, StringComparer.OrdinalIgnoreCase))
        {
            return (null, Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type",
                $"Send the {kind} as {string.Join(", ", MediaTypes)}."));
        }
        if (contentType.Charset.HasValue && !contentType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
        {
            return (null, Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported charset", $"Send the {kind} in UTF-8."));
        }
        var bytes = await ReadBoundedAsync(request.Body, ct);
        if (bytes is null)
        {
            return (null, Problem(StatusCodes.Status413PayloadTooLarge, "Too large", $"A {kind} is at most {MaxBytes / 1024} KiB."));
        }
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return (null, Problem(StatusCodes.Status400BadRequest, "Invalid body", "The body is not valid UTF-8."));
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, Problem(StatusCodes.Status400BadRequest, "Invalid body", $"The body is empty; send the {kind}."));
        }
        if (YamlTypes.Contains(contentType.MediaType.Value, StringComparer.OrdinalIgnoreCase))
        {
            return (text, null);
        }
        try
        {
            return (WorkflowJson.ToYaml(JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { MaxDepth = WorkflowValidation.MaxDepth })), null);
        }
        catch (JsonException ex)
        {
            return (null, Problem(StatusCodes.Status400BadRequest, "Invalid body", $"The body is not JSON: {ex.Message}"));
        }
    }

    private static async Task<byte[]?> ReadBoundedAsync(Stream body, CancellationToken ct)
    {
        using var copy = new MemoryStream();
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(buffer, ct)) > 0)
        {
            if (copy.Length + read > MaxBytes)
            {
                return null;
            }
            copy.Write(buffer, 0, read);
        }
        return copy.ToArray();
    }

    private static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail);
}
