namespace Hub.Messaging.Internals;

/// <summary>How far a delivery got before it was recorded (<see cref="DeliveryEffect"/>).</summary>
internal enum DeliveryStep
{
    /// <summary>The message does not exist.</summary>
    Missing,

    /// <summary>The message is no longer queued nor held: nothing to do.</summary>
    Settled,

    /// <summary>Its provider instance is not configured here; tried again later.</summary>
    NoProvider,

    /// <summary>The consent check or the service window skipped it.</summary>
    Skipped,

    /// <summary>Held for the recipient's quiet hours.</summary>
    Held,

    /// <summary>Its provider is at its rate limit; postponed.</summary>
    RateLimited,

    /// <summary>The provider was called (or its open circuit answered for it).</summary>
    Called,
}
