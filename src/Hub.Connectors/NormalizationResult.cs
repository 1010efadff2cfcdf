using Hub.Core.Events;

namespace Hub.Connectors;

/// <summary>
/// The canonical events a request became. <see cref="IgnoredReason"/> says why the request, or some elements of a
/// batch, gave no event (an ignored event type, one without a route, a route whose conditions did not match); null
/// when everything produced an event.
/// </summary>
public sealed record NormalizationResult(IReadOnlyList<CanonicalEvent> Events, string? IgnoredReason)
{
    internal static NormalizationResult Ignored(string reason) => new([], reason);
}
