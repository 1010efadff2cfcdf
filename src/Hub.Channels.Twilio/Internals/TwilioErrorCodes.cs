namespace Hub.Channels.Twilio.Internals;

/// <summary>
/// Twilio error codes (twilio.com/docs/api/errors) that change what a refusal or a failed message means. Codes not
/// listed are permanent in a send's answer and <c>Failed</c> in a status callback.
/// </summary>
internal static class TwilioErrorCodes
{
    /// <summary>Refusals that pass on a later try: throttling, full queues, Twilio's own outages.</summary>
    private static readonly HashSet<int> Transient =
    [
        14107, // SMS send rate limit exceeded
        20429, // Too many requests
        20500, // Internal server error
        20503, // Service unavailable
        21611, // The From number has too many queued messages
        30001, // Queue overflow
    ];

    /// <summary>Refusals that say this provider cannot reach the number by SMS, so the next channel or provider should carry it.</summary>
    private static readonly HashSet<int> Unreachable =
    [
        21408, // Permission to send an SMS to this region is not enabled
        21612, // The To number is not reachable from this From (cannot route)
        21614, // The To number is not a valid mobile number (a landline)
    ];

    /// <summary>Failures in a status callback that mean the number cannot receive, not that this attempt failed.</summary>
    private static readonly HashSet<int> AddressCannotReceive =
    [
        21211, // Invalid To number
        21610, // The recipient replied STOP to this sender
        21614, // Not a mobile number
        30004, // Message blocked for the destination
        30005, // Unknown destination handset
        30006, // Landline or unreachable carrier
    ];

    private const int ValidityPeriodExpired = 30036;

    public static SendOutcome SendOutcomeOf(int code) =>
        Transient.Contains(code) ? SendOutcome.TransientFailure : Unreachable.Contains(code) ? SendOutcome.Unreachable : SendOutcome.PermanentFailure;

    public static ReceiptStatus FailureOf(int? code) => code switch
    {
        ValidityPeriodExpired => ReceiptStatus.Expired,
        { } c when AddressCannotReceive.Contains(c) => ReceiptStatus.Undeliverable,
        _ => ReceiptStatus.Failed,
    };
}
