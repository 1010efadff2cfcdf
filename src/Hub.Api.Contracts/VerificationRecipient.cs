namespace Hub.Api.Contracts;

/// <summary>Where a code goes: a phone (E.164), an email address, or both.</summary>
public sealed record VerificationRecipient(string? Phone, string? Email);
