namespace Hub.Channels;

/// <summary>
/// A provider <em>type</em> (sandbox, webhook, linkmobility, ...): a plugin that knows how to talk to one kind of
/// provider. A provider <em>instance</em> is configuration (<see cref="ProviderConfiguration"/>): an id, settings and
/// credentials set through the API. One registered type serves every instance of it, so it keeps no per-instance state
/// beyond caches keyed by the configuration object.
/// </summary>
public interface IChannelProvider
{
    /// <summary>The <c>type</c> of <c>PUT /api/v1/providers/{id}</c>, e.g. <c>webhook</c>.</summary>
    string Type { get; }

    bool Supports(string channel);

    /// <summary>The non-secret settings an instance may have; anything else is refused.</summary>
    IReadOnlyList<ProviderField> Settings { get; }

    /// <summary>The write-only credentials an instance may have (always strings); encrypted at rest, never shown.</summary>
    IReadOnlyList<ProviderField> Credentials { get; }

    /// <summary>
    /// Sends one message through <paramref name="provider"/>. Must be idempotent on <see cref="OutboundMessage.Id"/>
    /// where the far side allows it: a retry after a crash may repeat the call. Classifies its failures (transient or
    /// permanent) instead of throwing; throws only when <paramref name="cancellationToken"/> is cancelled.
    /// </summary>
    Task<SendResult> SendAsync(ProviderConfiguration provider, OutboundMessage message, CancellationToken cancellationToken);
}
