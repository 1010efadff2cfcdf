namespace Hub.Api.Contracts;

/// <summary>Where a message goes: a phone number (E.164, or national with a region the number allows) and/or an email address.</summary>
public sealed record SendMessageRecipient(string? Phone, string? Email);
