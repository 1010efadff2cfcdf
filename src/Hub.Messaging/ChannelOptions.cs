namespace Hub.Messaging;

/// <summary>Bound from <c>Hub:Channels</c>: which provider carries each channel.</summary>
public sealed class ChannelOptions
{
    public const string Section = "Hub:Channels";

    /// <summary>Channel name → provider name. A channel not listed uses <see cref="DefaultProvider"/>.</summary>
    public Dictionary<string, string> Providers { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public string DefaultProvider { get; set; } = "sandbox";
}
