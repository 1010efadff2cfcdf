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
}
