namespace Hub.Api.Contracts;

/// <summary>
/// Body of <c>POST /api/v1/verifications</c>. <c>channels</c> in order of fallback; <c>length</c> 4 to 10 digits;
/// <c>expiresIn</c> (or its alias <c>ttl</c>) in seconds; <c>template</c> by default <c>verification-code</c>.
/// </summary>
public sealed record VerificationRequest(
    VerificationRecipient? To, IReadOnlyList<string>? Channels, int? Length, int? ExpiresIn, int? Ttl, string? Template, string? Locale);
