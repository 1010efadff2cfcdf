namespace Hub.Contacts;

/// <summary>What <see cref="ISendPermissions"/> decided for one send.</summary>
/// <param name="Verdict">Send, skip (nothing is sent on this channel; the send moves to its next channel) or hold until <paramref name="HoldUntil"/>.</param>
/// <param name="Reason"><c>opted_out</c>, <c>no_consent</c>, <c>quiet_hours_held</c>, ...; null when allowed.</param>
/// <param name="ServiceWindowOpen">For channels with a customer-service window (WhatsApp): whether free-form text may go; null for the others.</param>
/// <param name="ContactId">The contact the address belongs to, when Hub knows one.</param>
public sealed record SendPermission(SendVerdict Verdict, string? Reason, DateTimeOffset? HoldUntil, bool? ServiceWindowOpen, Guid? ContactId)
{
    public static SendPermission Allowed(bool? serviceWindowOpen, Guid? contactId) => new(SendVerdict.Send, null, null, serviceWindowOpen, contactId);
}
