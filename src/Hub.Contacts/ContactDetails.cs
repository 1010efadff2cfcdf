namespace Hub.Contacts;

/// <summary>What is known of a contact, already checked: E.164 phone, lower-case email; null fields are unknown, not cleared.</summary>
public sealed record ContactDetails(string? Phone, string? Email, string? FirstName, string? LastName, string? Locale, string? TimeZone);
