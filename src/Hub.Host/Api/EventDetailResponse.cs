namespace Hub.Host.Api;

/// <summary>An event with the request it came from, for debugging mappings.</summary>
public sealed record EventDetailResponse(EventResponse Event, InboundRequestResponse? Request);
