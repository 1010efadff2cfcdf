namespace Hub.Messaging;

/// <summary>
/// Bound from <c>Hub:Channels</c>: which provider instance carries each channel in a workspace that set no route
/// through <c>PUT /api/v1/channels/{channel}</c> (a route always wins). Values are instance ids: the built-in
/// <c>sandbox</c>, or an instance configured through the API in that workspace.
/// </summary>
public sealed class ChannelOptions
{
    public const string Section = "Hub:Channels";

    /// <summary>Channel name → provider instance id. A channel not listed uses <see cref="DefaultProvider"/>.</summary>
    public Dictionary<string, string> Providers { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public string DefaultProvider { get; set; } = "sandbox";

    /// <summary>Channel name → receipt timeout for a workspace whose route for the channel sets none (<see cref="ChannelRoute.ReceiptTimeoutSeconds"/>).</summary>
    public Dictionary<string, TimeSpan> ReceiptTimeouts { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
