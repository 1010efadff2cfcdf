using Hub.Core.Channels;
using Microsoft.Extensions.Options;

namespace Hub.Channels;

/// <summary>
/// Carries every channel without leaving the machine: the message is recorded (it is the stored message itself)
/// and reported delivered. Recipients listed in <see cref="SandboxOptions.RejectedRecipients"/> fail permanently,
/// so that fallback paths can be tried without a real provider.
/// </summary>
public sealed class SandboxProvider(IOptionsMonitor<SandboxOptions> options) : IChannelProvider
{
    public const string ProviderName = "sandbox";

    public string Name => ProviderName;

    public bool Supports(string channel) => ChannelNames.IsKnown(channel);

    public Task<SendResult> SendAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var result = options.CurrentValue.RejectedRecipients.Contains(message.To, StringComparer.OrdinalIgnoreCase)
            ? SendResult.Permanent($"The sandbox rejects {message.Channel} messages to this recipient (Hub:Channels:Sandbox:RejectedRecipients).")
            : SendResult.Delivered($"sandbox-{message.Id}");
        return Task.FromResult(result);
    }
}
