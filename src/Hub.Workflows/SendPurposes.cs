namespace Hub.Workflows;

/// <summary>Why a message is sent: consent and quiet hours apply to marketing, not to a receipt the customer expects.</summary>
public static class SendPurposes
{
    public const string Transactional = "transactional";
    public const string Marketing = "marketing";

    public static IReadOnlyList<string> All { get; } = [Transactional, Marketing];
}
