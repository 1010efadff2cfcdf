namespace Hub.Api.Contracts;

/// <summary>
/// Body of <c>POST /api/v1/contacts</c>: creates the contact with this phone or email, or updates the one that has
/// either. Fields left out keep their values.
/// </summary>
public sealed record ContactRequest(string? Phone, string? Email, string? FirstName, string? LastName, string? Locale, string? TimeZone);
