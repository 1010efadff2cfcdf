namespace Hub.Channels.Webhook.Internals;

/// <summary>An instance's url, timeout and key, parsed once per configuration.</summary>
internal sealed record WebhookTarget(Uri Url, TimeSpan Timeout, byte[] Key)
{
    /// <summary>Null when the instance lacks a valid url or secret (the API refuses those, so only a hand-edited row has them).</summary>
    public static WebhookTarget? Parse(ProviderConfiguration provider)
    {
        var key = provider.Credential(WebhookFields.Secret) is { } secret ? WebhookSecret.TryDecode(secret) : null;
        if (key is null || !Uri.TryCreate(provider.Setting(WebhookFields.Url), UriKind.Absolute, out var url))
        {
            return null;
        }
        var seconds = provider.IntegerSetting(WebhookFields.TimeoutSeconds) ?? WebhookFields.DefaultTimeoutSeconds;
        return new WebhookTarget(url, TimeSpan.FromSeconds(Math.Clamp(seconds, 1, 60)), key);
    }
}
