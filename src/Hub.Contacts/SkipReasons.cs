namespace Hub.Contacts;

/// <summary>Why a message was <c>skipped</c>, as <c>GET /api/v1/messages</c> shows it in <c>reason</c>.</summary>
public static class SkipReasons
{
    /// <summary>The contact opted out of this channel for this purpose.</summary>
    public const string OptedOut = "opted_out";

    /// <summary>Marketing to a contact who never opted in, where the workspace requires it.</summary>
    public const string NoConsent = "no_consent";

    /// <summary>Marketing in the contact's quiet hours: not final, the message goes at its <c>heldUntil</c>.</summary>
    public const string QuietHoursHeld = "quiet_hours_held";

    /// <summary>WhatsApp free-form text more than 24 hours after the contact last wrote, and no approved template to send instead.</summary>
    public const string OutsideServiceWindow = "outside_service_window";
}
