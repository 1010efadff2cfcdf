using Hub.Core.Channels;
using Hub.Channels;
using Microsoft.Extensions.Options;

namespace Hub.Channels.Sandbox;

/// <summary>
/// Carries every channel without leaving the machine: the message is recorded (it is the stored message itself)
/// and reported delivered. Recipients listed in <see cref="SandboxOptions"/> fail permanently or transiently,
/// so that fallback and retry paths can be tried without a real provider.
/// </summary>
public sealed class SandboxProvider(IOptionsMonitor<SandboxOptions> options) : IChannelProvider
{
    public const string ProviderName = "sandbox";

    public string Name => ProviderName;

    public bool Supports(string channel) => ChannelNames.IsKnown(channel);

    public Task<SendResult> SendAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var sandbox = options.CurrentValue;
        var result =
            sandbox.RejectedRecipients.Contains(message.To, StringComparer.OrdinalIgnoreCase)
                ? SendResult.Permanent($"The sandbox rejects {message.Channel} messages to this recipient (Hub:Channels:Sandbox:RejectedRecipients).")
            : sandbox.UnavailableRecipients.Contains(message.To, StringComparer.OrdinalIgnoreCase)
                ? SendResult.Transient($"The sandbox is unavailable for this recipient (Hub:Channels:Sandbox:UnavailableRecipients).")
            : SendResult.Delivered($"sandbox-{message.Id}");
        return Task.FromResult(result);
    }
}
