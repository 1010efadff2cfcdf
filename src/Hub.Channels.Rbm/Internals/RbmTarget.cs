using System.Text;

namespace Hub.Channels.Rbm.Internals;

/// <summary>An instance's endpoints, agent, timeouts and secrets, parsed once per configuration.</summary>
internal sealed record RbmTarget(
    Uri BaseUrl,
    Uri TokenUrl,
    string AgentId,
    TimeSpan Timeout,
    long? TtlSeconds,
    string? TrafficType,
    ServiceAccountKey? Key,
    byte[]? ClientToken)
{
    /// <summary>Tokens for this instance, refreshed before they expire.</summary>
    public AccessTokenCache Tokens { get; } = new();

    /// <summary>Null when the instance lacks a valid base URL, token URL or agent id (the API refuses those).</summary>
    public static RbmTarget? Parse(ProviderConfiguration provider)
    {
        if (!Uri.TryCreate((provider.Setting(RbmFields.BaseUrl) ?? RbmFields.DefaultBaseUrl).TrimEnd('/') + "/", UriKind.Absolute, out var baseUrl)
            || !Uri.TryCreate(provider.Setting(RbmFields.TokenUrl) ?? RbmFields.DefaultTokenUrl, UriKind.Absolute, out var tokenUrl)
            || provider.Setting(RbmFields.AgentId) is not { Length: > 0 } agentId)
        {
            return null;
        }
        var seconds = provider.IntegerSetting(RbmFields.TimeoutSeconds) ?? RbmFields.DefaultTimeoutSeconds;
        var clientToken = provider.Credential(RbmFields.ClientToken);
        return new RbmTarget(baseUrl, tokenUrl, agentId, TimeSpan.FromSeconds(Math.Clamp(seconds, 1, 60)),
            provider.IntegerSetting(RbmFields.TtlSeconds),
            provider.Setting(RbmFields.TrafficType),
            provider.Credential(RbmFields.ServiceAccountJson) is { } json ? ServiceAccountKey.TryParse(json) : null,
            clientToken is { Length: > 0 } ? Encoding.UTF8.GetBytes(clientToken) : null);
    }
}
