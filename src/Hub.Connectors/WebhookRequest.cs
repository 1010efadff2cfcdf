namespace Hub.Connectors;

/// <summary>
/// One webhook delivery exactly as received, before anything in it is trusted.
/// <paramref name="Headers"/> must compare keys case-insensitively; <paramref name="Body"/> holds the raw bytes that were signed.
/// </summary>
public sealed record WebhookRequest(
    string Method,
    string Path,
    IReadOnlyDictionary<string, string> Headers,
    byte[] Body,
    DateTimeOffset ReceivedAt);
