namespace Hub.Channels;

/// <summary>Bound from <c>Hub:Channels:Sandbox</c>.</summary>
public sealed class SandboxOptions
{
    public const string Section = "Hub:Channels:Sandbox";

    public IList<string> RejectedRecipients { get; } = [];
}
