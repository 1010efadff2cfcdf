namespace Hub.Api.Contracts;

/// <summary>A contact in a list. After erasure its personal fields are null and <paramref name="ErasedAt"/> is set.</summary>
public sealed record ContactResponse(
    Guid Id, string? FirstName, string? LastName, string? Phone, string? Email, string? Locale, string? TimeZone,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? ErasedAt);
