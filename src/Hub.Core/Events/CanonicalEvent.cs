using System.Text.Json.Nodes;

namespace Hub.Core.Events;

/// <summary>A CloudEvents 1.0 envelope whose <see cref="Data"/> follows the canonical vocabulary.</summary>
public sealed record CanonicalEvent
{
    public const string SpecVersion = "1.0";

    public required string Id { get; init; }
    public required string Source { get; init; }
    public required string Type { get; init; }
    public string? Subject { get; init; }
    public required DateTimeOffset Time { get; init; }
    public string? DataSchema { get; init; }
    public required JsonObject Data { get; init; }

    /// <summary>The envelope as CloudEvents structured JSON.</summary>
    public JsonObject ToCloudEventJson() => new()
    {
        ["specversion"] = SpecVersion,
        ["id"] = Id,
        ["source"] = Source,
        ["type"] = Type,
        ["subject"] = Subject,
        ["time"] = Time.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        ["datacontenttype"] = "application/json",
        ["dataschema"] = DataSchema,
        ["data"] = Data.DeepClone(),
    };
}
