namespace Hub.Channels;

public sealed record SendResult(SendOutcome Outcome, string? ProviderMessageId = null, string? Error = null)
{
    public bool Succeeded => Outcome is SendOutcome.Accepted or SendOutcome.Delivered;

    public static SendResult Delivered(string providerMessageId) => new(SendOutcome.Delivered, providerMessageId);
    public static SendResult Accepted(string providerMessageId) => new(SendOutcome.Accepted, providerMessageId);
    public static SendResult Transient(string error) => new(SendOutcome.TransientFailure, Error: error);
    public static SendResult Permanent(string error) => new(SendOutcome.PermanentFailure, Error: error);
}
