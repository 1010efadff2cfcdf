namespace Hub.Verifications;

/// <summary>What <c>POST /api/v1/verifications</c> asks for; what is left out comes from <see cref="VerificationOptions"/>.</summary>
public sealed record VerificationIssue
{
    public string? Phone { get; init; }
    public string? Email { get; init; }

    /// <summary>Channels in order of fallback; by default SMS to a phone, then email to an address.</summary>
    public IReadOnlyList<string>? Channels { get; init; }

    public int? Length { get; init; }
    public int? ExpiresInSeconds { get; init; }
    public string? Template { get; init; }
    public string? Locale { get; init; }
}
