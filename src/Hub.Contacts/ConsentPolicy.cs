namespace Hub.Contacts;

/// <summary>
/// How a workspace treats consent: quiet hours, whether marketing needs an explicit opt-in, what STOP blocks per
/// sender, and the keywords with their answers. Every part has a default, so an empty document is a working policy.
/// </summary>
public sealed record ConsentPolicy
{
    /// <summary>Marketing sends in these hours of the contact's local time are held until the window ends.</summary>
    public QuietHours QuietHours { get; init; } = new();

    /// <summary>Per ISO 3166 country (<c>US</c>, <c>NO</c>): its own quiet hours, replacing the workspace's.</summary>
    public IReadOnlyDictionary<string, QuietHours> Countries { get; init; } = new Dictionary<string, QuietHours>();

    /// <summary>True: marketing goes only to contacts who opted in (others are skipped with <c>no_consent</c>); false: to all but those who opted out.</summary>
    public bool RequireMarketingOptIn { get; init; }

    /// <summary>Per provider instance id (the sender): stricter rules, as US carriers expect.</summary>
    public IReadOnlyDictionary<string, SenderPolicy> Senders { get; init; } = new Dictionary<string, SenderPolicy>();

    public KeywordPolicy Keywords { get; init; } = new();
}
