namespace Hub.Api.Contracts;

/// <summary>A stored webhook; the body is given as text when it is UTF-8, and always as base64 for byte-exact replay.</summary>
public sealed record InboundRequestResponse(
    Guid Id, string ConnectorId, string DeliveryId, string? SourceEventType, string Method, string Path, string? ContentType,
    Dictionary<string, string> Headers, string? Body, string BodyBase64, DateTimeOffset ReceivedAt, string Status,
    int Attempts, string? LastError, DateTimeOffset? ProcessedAt);
