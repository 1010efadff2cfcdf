namespace Hub.Api.Contracts;

/// <summary>An event with the request it came from, for debugging mappings.</summary>
public sealed record EventDetailResponse(EventResponse Event, InboundRequestResponse? Request);
