namespace Hub.Channels.Sandbox;

/// <summary>Bound from <c>Hub:Channels:Sandbox</c>.</summary>
public sealed class SandboxOptions
{
    public const string Section = "Hub:Channels:Sandbox";

    /// <summary>Recipients the sandbox refuses for good (as a provider refuses an invalid number): exercises fallback.</summary>
    public IList<string> RejectedRecipients { get; } = [];

    /// <summary>Recipients the sandbox fails for transiently (as a provider timing out): exercises retries and dead-lettering.</summary>
    public IList<string> UnavailableRecipients { get; } = [];
}
