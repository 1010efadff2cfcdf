namespace Hub.Contacts;

/// <summary>A change of consent to record for the contact behind an address (created when Hub does not know it yet).</summary>
public sealed record ConsentChangeRequest
{
    public required string Channel { get; init; }
    public required string Purpose { get; init; }
    public required ConsentState State { get; init; }
    public required ConsentSource Source { get; init; }
    public string? Evidence { get; init; }
    public string? EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
}
