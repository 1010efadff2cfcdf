using NodaTime;

namespace Hub.Contacts.Internals;

/// <summary>What one send's check found: its consent states on the channel, the recipient's zone and country, the last inbound message.</summary>
internal sealed record SendCircumstances(
    string Channel, string Purpose, IReadOnlyDictionary<string, ConsentState> Consents,
    DateTimeZone Zone, string? Country, DateTimeOffset? LastInboundAt, DateTimeOffset Now, Guid? ContactId)
{
    public ConsentState StateOf(string purpose) => Consents.GetValueOrDefault(purpose, ConsentState.Unknown);
}
