namespace Hub.Channels;

/// <summary>
/// A provider telling Hub that a person's consent changed: WhatsApp's marketing stop and resume, a SendGrid
/// unsubscribe or spam report, a hard bounce (the address cannot receive anything). Hub records it as the contact's
/// consent for <see cref="Channel"/> and <see cref="Purpose"/>, with source <c>provider</c>.
/// </summary>
/// <param name="Address">E.164 phone or email address.</param>
/// <param name="Purpose"><c>marketing</c> or <c>transactional</c>.</param>
/// <param name="Evidence">What the provider said, without personal data (<c>user_preferences marketing_messages=stop</c>, <c>bounce</c>).</param>
/// <param name="OccurredAt">When it happened, as the provider says; null when it does not (Hub uses the arrival time).</param>
public sealed record ConsentSignal(string Channel, string Address, string Purpose, ConsentSignalState State, string Evidence, DateTimeOffset? OccurredAt)
{
    /// <summary>
    /// The provider's id of the event (SendGrid's <c>sg_event_id</c> with the event name), or what makes it unique
    /// (WhatsApp: the number, time and value): a resent batch records it once. Null when the provider gives nothing.
    /// </summary>
    public string? SignalId { get; init; }
}
