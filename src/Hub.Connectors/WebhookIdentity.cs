namespace Hub.Connectors;

/// <summary>What a request says about itself: the source's delivery id (the deduplication key) and event type.</summary>
public sealed record WebhookIdentity(string? DeliveryId, string? EventType);
