using Hub.Core.Events;

namespace Hub.Connectors;

/// <summary>
/// The canonical events a request became, or none and the reason when the connector deliberately ignores it
/// (an ignored event type, or one without a route).
/// </summary>
public sealed record NormalizationResult(IReadOnlyList<CanonicalEvent> Events, string? IgnoredReason)
{
    internal static NormalizationResult Ignored(string reason) => new([], reason);
}
