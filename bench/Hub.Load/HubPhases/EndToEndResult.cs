using Hub.Load.Measurement;

namespace Hub.Load.HubPhases;

/// <summary>Webhook → sink: latency from each webhook's due time to its message's arrival at the sink.</summary>
internal sealed record EndToEndResult(
    string Phase,
    string Model,
    double? TargetRate,
    long Acknowledged,
    long Delivered,
    double DeliveredPerSecond,
    LatencySummary Latency,
    long DuplicateArrivals,
    long BadSignatures,
    TimeSpan DrainAfterLastSend);
