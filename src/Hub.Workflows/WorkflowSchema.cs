using System.Text.Json.Nodes;

namespace Hub.Workflows;

/// <summary>
/// The JSON Schema (draft 2020-12) of the workflow YAML, for editors to complete and check files with; served at
/// <c>GET /api/v1/schemas/workflow</c>. It lives beside the readers it mirrors, and a test holds every sample to it.
/// </summary>
public static class WorkflowSchema
{
    public const string Id = "urn:hub:schema:workflow:v1";

    private static readonly Lazy<string> Loaded = new(Load);

    /// <summary>The schema as stored (its comments and layout kept).</summary>
    public static string Text => Loaded.Value;

    public static JsonObject Document => JsonNode.Parse(Text)!.AsObject();

    private static string Load()
    {
        using var stream = typeof(WorkflowSchema).Assembly.GetManifestResourceStream("Hub.Workflows.workflow.schema.json")
            ?? throw new InvalidOperationException("The workflow schema is not embedded in Hub.Workflows.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
