using Hub.Contacts;
using Hub.Contacts.Internals;
using NodaTime;

namespace Hub.Tests.Contacts;

public sealed class SendPermissionRulesTests
{
    private static readonly DateTimeZone Oslo = DateTimeZoneProviders.Tzdb["Europe/Oslo"];
    private static readonly DateTimeZone LosAngeles = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];
    private static readonly DateTimeOffset Noon = new(2026, 6, 10, 12, 0, 0, TimeSpan.FromHours(2));
    private static readonly DateTimeOffset Night = new(2026, 6, 10, 23, 0, 0, TimeSpan.FromHours(2));
    private static readonly Guid ContactId = Guid.CreateVersion7();

    private static SendPermission Decide(string purpose, ConsentState marketing = ConsentState.Unknown, ConsentState transactional = ConsentState.Unknown,
        ConsentPolicy? policy = null, DateTimeOffset? now = null, string channel = "sms", DateTimeOffset? lastInbound = null,
        DateTimeZone? zone = null, string? country = "NO") =>
        SendPermissions.Decide(new SendCircumstances(channel, purpose,
            new Dictionary<string, ConsentState> { [ConsentPurposes.Marketing] = marketing, [ConsentPurposes.Transactional] = transactional },
            zone ?? Oslo, country, lastInbound, now ?? Noon, ContactId), policy ?? new ConsentPolicy());

    [Fact]
    public void An_opt_out_of_marketing_skips_marketing_only()
    {
        var marketing = Decide(ConsentPurposes.Marketing, marketing: ConsentState.OptedOut);
        Assert.Equal((SendVerdict.Skip, SkipReasons.OptedOut, ContactId), (marketing.Verdict, marketing.Reason, marketing.ContactId));
        Assert.Equal(SendVerdict.Send, Decide(ConsentPurposes.Transactional, marketing: ConsentState.OptedOut).Verdict);
    }

    [Fact]
    public void An_opt_out_of_transactional_skips_both_and_system_answers_still_go()
    {
        Assert.Equal((SendVerdict.Skip, SkipReasons.OptedOut), Pair(Decide(ConsentPurposes.Transactional, transactional: ConsentState.OptedOut)));
        Assert.Equal((SendVerdict.Skip, SkipReasons.OptedOut), Pair(Decide(ConsentPurposes.Marketing, transactional: ConsentState.OptedOut)));
        Assert.Equal(SendVerdict.Send, Decide(ConsentPurposes.System, ConsentState.OptedOut, ConsentState.OptedOut, now: Night).Verdict);
    }

    [Fact]
    public void Where_marketing_needs_an_opt_in_only_opted_in_contacts_get_it()
    {
        var strict = new ConsentPolicy { RequireMarketingOptIn = true };
        Assert.Equal((SendVerdict.Skip, SkipReasons.NoConsent), Pair(Decide(ConsentPurposes.Marketing, policy: strict)));
        Assert.Equal(SendVerdict.Send, Decide(ConsentPurposes.Marketing, ConsentState.OptedIn, policy: strict).Verdict);
        Assert.Equal(SendVerdict.Send, Decide(ConsentPurposes.Transactional, policy: strict).Verdict);
        Assert.Equal(SendVerdict.Send, Decide(ConsentPurposes.Marketing).Verdict);
    }

    [Fact]
    public void Marketing_at_night_is_held_until_the_morning_and_transactional_goes()
    {
        var held = Decide(ConsentPurposes.Marketing, ConsentState.OptedIn, now: Night);
        Assert.Equal((SendVerdict.Hold, SkipReasons.QuietHoursHeld), Pair(held));
        Assert.Equal(new DateTimeOffset(2026, 6, 11, 8, 0, 0, TimeSpan.FromHours(2)), held.HoldUntil);
        Assert.Equal(SendVerdict.Send, Decide(ConsentPurposes.Transactional, now: Night).Verdict);
        // An opt-out is final: it is not held to be skipped in the morning.
        Assert.Equal(SendVerdict.Skip, Decide(ConsentPurposes.Marketing, ConsentState.OptedOut, now: Night).Verdict);
    }

    [Fact]
    public void A_country_s_own_window_replaces_the_workspace_s()
    {
        var policy = new ConsentPolicy
        {
            QuietHours = new QuietHours { Start = "20:00", End = "09:00" },
            Countries = new Dictionary<string, QuietHours> { ["US"] = new() { Start = "22:00", End = "07:00" } },
        };
        // 21:30 in Los Angeles: quiet for the workspace, not for the US.
        var evening = new DateTimeOffset(2026, 6, 10, 21, 30, 0, TimeSpan.FromHours(-7));
        Assert.Equal(SendVerdict.Send, Decide(ConsentPurposes.Marketing, policy: policy, now: evening, zone: LosAngeles, country: "US").Verdict);
        var other = Decide(ConsentPurposes.Marketing, policy: policy, now: evening, zone: LosAngeles, country: "CA");
        Assert.Equal(new DateTimeOffset(2026, 6, 11, 9, 0, 0, TimeSpan.FromHours(-7)), other.HoldUntil);
        var late = Decide(ConsentPurposes.Marketing, policy: policy, now: evening.AddHours(1), zone: LosAngeles, country: "US");
        Assert.Equal(new DateTimeOffset(2026, 6, 11, 7, 0, 0, TimeSpan.FromHours(-7)), late.HoldUntil);
    }

    [Fact]
    public void WhatsApp_s_window_is_open_for_24_hours_after_the_last_inbound_message()
    {
        Assert.True(Decide(ConsentPurposes.Transactional, channel: "whatsapp", lastInbound: Noon.AddHours(-2)).ServiceWindowOpen);
        Assert.False(Decide(ConsentPurposes.Transactional, channel: "whatsapp", lastInbound: Noon.AddHours(-25)).ServiceWindowOpen);
        Assert.False(Decide(ConsentPurposes.Transactional, channel: "whatsapp").ServiceWindowOpen);
        Assert.Null(Decide(ConsentPurposes.Transactional, channel: "sms", lastInbound: Noon).ServiceWindowOpen);
    }

    private static (SendVerdict, string?) Pair(SendPermission permission) => (permission.Verdict, permission.Reason);
}
