namespace Hub.Api.Contracts;

/// <summary>One delivery receipt as its provider reported it (<c>providerStatus</c>) and as Hub's lifecycle reads it (<c>status</c>).</summary>
public sealed record MessageReceiptResponse(string Provider, string Status, string? ProviderStatus, string? ErrorCode, string? Error,
    int? Segment, int? SegmentCount, DateTimeOffset OccurredAt, DateTimeOffset ReceivedAt);
