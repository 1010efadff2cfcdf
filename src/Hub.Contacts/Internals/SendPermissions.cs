using Hub.Core.Channels;
using Hub.Storage;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Hub.Contacts.Internals;

/// <summary>
/// The check on every send, in at most two queries: the contact behind the address with its consent on the channel
/// (one query), and for WhatsApp when the address last wrote. The policy comes from every process's in-memory copy.
/// </summary>
internal sealed class SendPermissions(HubDbContext db, IConsentPolicies policies) : ISendPermissions
{
    public async Task<SendPermission> CheckAsync(string channel, string address, string purpose, string sender, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(address);
        var (kind, value) = ContactAddresses.IdentityOf(address);
        // Not IContactStore.FindByAddressAsync: that is two queries and tracks the contact; this is one, read-only.
        // (Set<T>() inside the projection: an extension property cannot appear in an expression tree.)
        var contact = await db.ContactIdentities.AsNoTracking()
            .Where(i => i.Kind == kind && i.Value == value)
            .Join(db.Contacts, i => i.ContactId, c => c.Id, (i, c) => c)
            .Select(c => new
            {
                c.Id,
                c.TimeZone,
                c.Phone,
                Consents = db.Set<ContactConsent>().Where(s => s.ContactId == c.Id && s.Channel == channel).Select(s => new { s.Purpose, s.State }).ToList(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        DateTimeOffset? lastInbound = null;
        if (channel == ChannelNames.WhatsApp)
        {
            lastInbound = await db.ServiceWindows.AsNoTracking().Where(w => w.Channel == channel && w.Address == value)
                .Select(w => (DateTimeOffset?)w.LastInboundAt).FirstOrDefaultAsync(cancellationToken);
        }
        var policy = await policies.GetAsync(cancellationToken);
        var (zone, country) = RecipientTimeZone.Of(contact?.TimeZone, kind == ContactIdentity.Phone ? value : contact?.Phone);
        var consents = contact?.Consents.ToDictionary(c => c.Purpose, c => c.State, StringComparer.Ordinal) ?? [];
        return Decide(new SendCircumstances(channel, purpose, consents, zone, country, lastInbound, now, contact?.Id), policy);
    }

    /// <summary>The rules, on what the queries found: system always goes; marketing needs consent and waits out quiet hours; transactional stops only at an opt-out of transactional.</summary>
    internal static SendPermission Decide(SendCircumstances send, ConsentPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(send);
        ArgumentNullException.ThrowIfNull(policy);
        bool? windowOpen = ServiceWindows.ClosesAt(send.Channel, send.LastInboundAt) is { } closes ? closes > send.Now : null;
        var allowed = SendPermission.Allowed(windowOpen, send.ContactId);
        switch (send.Purpose)
        {
            case ConsentPurposes.System:
                return allowed;
            case ConsentPurposes.Transactional:
                // A STOP to a sender whose policy is StopBlocksAll is recorded as this opt-out too (the keyword handling does it).
                return send.StateOf(ConsentPurposes.Transactional) == ConsentState.OptedOut ? Skip(SkipReasons.OptedOut, allowed) : allowed;
            default:
                // Marketing, and any purpose Hub does not know: the strict side.
                var marketing = send.StateOf(ConsentPurposes.Marketing);
                if (marketing == ConsentState.OptedOut || send.StateOf(ConsentPurposes.Transactional) == ConsentState.OptedOut)
                {
                    return Skip(SkipReasons.OptedOut, allowed);
                }
                if (policy.RequireMarketingOptIn && marketing != ConsentState.OptedIn)
                {
                    return Skip(SkipReasons.NoConsent, allowed);
                }
                var hours = send.Country is { } country && CountryHours(policy, country) is { } own ? own : policy.QuietHours;
                return QuietHoursClock.HoldUntil(hours, send.Zone, send.Now) is { } until
                    ? allowed with { Verdict = SendVerdict.Hold, Reason = SkipReasons.QuietHoursHeld, HoldUntil = until }
                    : allowed;
        }
    }

    private static QuietHours? CountryHours(ConsentPolicy policy, string country) =>
        policy.Countries.FirstOrDefault(c => string.Equals(c.Key, country, StringComparison.OrdinalIgnoreCase)).Value;

    private static SendPermission Skip(string reason, SendPermission allowed) => allowed with { Verdict = SendVerdict.Skip, Reason = reason };
}
