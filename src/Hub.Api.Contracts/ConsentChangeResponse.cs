namespace Hub.Api.Contracts;

/// <summary>One change of consent: <paramref name="State"/> as <c>opted_in</c>, <c>opted_out</c>, <c>unknown</c>; <paramref name="Source"/> as <c>webhook</c>, <c>keyword</c>, <c>provider</c>, <c>api</c>, <c>import</c>.</summary>
public sealed record ConsentChangeResponse(
    string Channel, string Purpose, string State, string Source, string? Evidence, string? EventId,
    DateTimeOffset OccurredAt, DateTimeOffset RecordedAt);
