using System.Text.Json.Nodes;

namespace Hub.Api.Contracts;

/// <summary>
/// Body of <c>PUT /api/v1/providers/{id}</c>. <see cref="Credentials"/> are write-only; omitted on update they are
/// kept, given they replace the current ones entirely. <see cref="Settings"/> always replace the current ones.
/// </summary>
public sealed record ProviderRequest(string? Type, JsonObject? Settings, JsonObject? Credentials = null);
