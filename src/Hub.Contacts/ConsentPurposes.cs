namespace Hub.Contacts;

/// <summary>Why a message is sent: it decides which consent applies.</summary>
public static class ConsentPurposes
{
    public const string Transactional = "transactional";
    public const string Marketing = "marketing";

    /// <summary>Hub's own answers (a STOP confirmation, a HELP text): sent whatever the consent, never held.</summary>
    public const string System = "system";

    /// <summary>The purposes a caller may name; <see cref="System"/> is Hub's own.</summary>
    public static IReadOnlyList<string> Requestable { get; } = [Transactional, Marketing];
}
