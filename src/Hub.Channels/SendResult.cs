namespace Hub.Channels;

/// <summary>
/// What a provider answered to one send. Besides the outcome it carries what the attempt ledger records: the HTTP
/// status (null when no answer came), the provider's own error code (e.g. LINK <c>106</c>, WhatsApp <c>131047</c>,
/// Twilio <c>21211</c>) and, for throttling, how long the provider asked Hub to wait (<c>Retry-After</c>).
/// </summary>
public sealed record SendResult(SendOutcome Outcome, string? ProviderMessageId = null, string? Error = null)
{
    public int? HttpStatus { get; init; }

    public string? ErrorCode { get; init; }

    /// <summary>For a transient failure: the wait the provider asked for; the retry happens no earlier.</summary>
    public TimeSpan? RetryAfter { get; init; }

    public bool Succeeded => Outcome is SendOutcome.Accepted or SendOutcome.Delivered;

    public static SendResult Delivered(string providerMessageId) => new(SendOutcome.Delivered, providerMessageId);
    public static SendResult Accepted(string providerMessageId) => new(SendOutcome.Accepted, providerMessageId);
    public static SendResult Transient(string error) => new(SendOutcome.TransientFailure, Error: error);
    public static SendResult Permanent(string error) => new(SendOutcome.PermanentFailure, Error: error);
    public static SendResult Unreachable(string error) => new(SendOutcome.Unreachable, Error: error);
}
