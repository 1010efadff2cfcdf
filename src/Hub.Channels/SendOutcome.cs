namespace Hub.Channels;

public enum SendOutcome
{
    /// <summary>The provider took the message; a receipt may follow.</summary>
    Accepted,
    /// <summary>The provider confirmed delivery synchronously (the sandbox does).</summary>
    Delivered,
    /// <summary>Worth retrying: timeouts, 5xx, throttling.</summary>
    TransientFailure,
    /// <summary>Retrying cannot help: invalid number, rejected content, no consent.</summary>
    PermanentFailure,
    /// <summary>
    /// The recipient cannot be reached on this channel through this provider (not RCS-capable, not on WhatsApp,
    /// outside the service window): nothing was sent, the next channel or provider should carry it at once.
    /// </summary>
    Unreachable,
}
