using Hub.Channels;
using Hub.Core.Channels;
using Microsoft.Extensions.Options;

namespace Hub.Channels.Sandbox;

/// <summary>
/// Carries every channel without leaving the machine: the message is recorded on the sandbox handset exactly as it
/// was handed over (<see cref="ISandboxHandset"/>) and reported delivered. Recipients listed in <see cref="SandboxOptions"/> fail permanently or transiently,
/// so that fallback and retry paths can be tried without a real provider. Every sandbox instance behaves the same;
/// without configuration every channel uses the built-in one, whose id is <c>sandbox</c> too.
/// </summary>
public sealed class SandboxProvider(IOptionsMonitor<SandboxOptions> options, ISandboxHandset handset) : IChannelProvider
{
    public const string TypeName = "sandbox";

    public string Type => TypeName;

    public IReadOnlyList<ProviderField> Settings => [];

    public IReadOnlyList<ProviderField> Credentials => [];

    public bool Supports(string channel) => ChannelNames.IsKnown(channel);

    public async Task<SendResult> SendAsync(ProviderConfiguration provider, OutboundMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var sandbox = options.CurrentValue;
        if (sandbox.RejectedRecipients.Contains(message.To, StringComparer.OrdinalIgnoreCase))
        {
            return SendResult.Permanent($"The sandbox rejects {message.Channel} messages to this recipient (Hub:Channels:Sandbox:RejectedRecipients).");
        }
        if (sandbox.UnavailableRecipients.Contains(message.To, StringComparer.OrdinalIgnoreCase))
        {
            return SendResult.Transient("The sandbox is unavailable for this recipient (Hub:Channels:Sandbox:UnavailableRecipients).");
        }
        await handset.RecordAsync(message, cancellationToken);
        return SendResult.Delivered($"sandbox-{message.Id}");
    }
}
