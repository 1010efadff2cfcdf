namespace Hub.Contacts;

/// <summary>Rules for one sender (provider instance).</summary>
public sealed record SenderPolicy
{
    /// <summary>True: a STOP to this sender opts the contact out of everything on the channel, transactional too.</summary>
    public bool StopBlocksAll { get; init; }

    /// <summary>The keyword languages that apply to messages to this sender (<c>["en"]</c>); empty: every configured language.</summary>
    public IReadOnlyList<string> KeywordLocales { get; init; } = [];
}
