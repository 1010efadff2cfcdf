using System.Text.Json.Nodes;

namespace Hub.Api.Contracts;

/// <summary>
/// A provider instance as the API shows it: never its credentials, only which are set. <see cref="Channels"/> are
/// the channels whose route names it; <see cref="BuiltIn"/> marks the <c>sandbox</c> every workspace has.
/// </summary>
public sealed record ProviderResponse(
    string Id, string Type, JsonObject Settings, IReadOnlyList<string> CredentialNames, IReadOnlyList<string> Channels,
    bool BuiltIn, DateTimeOffset? CreatedAt, DateTimeOffset? UpdatedAt);
