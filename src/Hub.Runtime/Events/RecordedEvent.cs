using Hub.Core.Events;

namespace Hub.Runtime.Events;

/// <summary>An event being recorded (or routed again on retry), as row and as canonical envelope.</summary>
public sealed record RecordedEvent(EventRecord Record, CanonicalEvent Event, bool IsRetry);
