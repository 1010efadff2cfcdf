using System.Text.Json.Nodes;

namespace Hub.Workflows.Simulation;

/// <summary>
/// The answer to outbound HTTP calls whose method and URL match: <paramref name="Url"/> equals the URL, or is a prefix
/// of it when it ends with <c>*</c>; a null <paramref name="Method"/> matches every method. The first match answers.
/// </summary>
public sealed record HttpStub(string? Method, string Url, int Status = 200, JsonNode? Body = null);
