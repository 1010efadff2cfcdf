using Hub.Channels;

namespace Hub.IntegrationTests.Channels;

/// <summary>One provider plugin wired as the host wires it, against a far side the test controls and observes.</summary>
public interface IChannelProviderFixture
{
    IChannelProvider Provider { get; }

    ProviderConfiguration Configuration { get; }

    /// <summary>Everything the plugin logged, at every level.</summary>
    CapturedLogs Logs { get; }

    /// <summary>The channel the suite's messages travel on when a test names none: one the provider supports (email-only providers say <c>email</c>).</summary>
    string Channel => "sms";

    /// <summary>Whether the far side can be made to answer this way (a sandbox cannot hang).</summary>
    bool CanAnswer(FarSideAnswer answer);

    /// <summary>How the far side answers from now on. <see cref="FarSideAnswer.Throttles"/> carries <see cref="ThrottleRetryAfter"/> when the provider documents one.</summary>
    void Answer(FarSideAnswer answer);

    /// <summary>The wait a throttling answer asks for (<c>Retry-After</c>), or null when the far side sends none.</summary>
    TimeSpan? ThrottleRetryAfter => null;

    /// <summary>What reached the far side for one message id, in order.</summary>
    Task<IReadOnlyList<ArrivedMessage>> ArrivalsOfAsync(string messageId);

    /// <summary>Sends through the plugin (a fixture whose far side is the plugin's own result records it here).</summary>
    Task<SendResult> SendAsync(OutboundMessage message, CancellationToken cancellationToken = default);

    /// <summary>The provider's documented callbacks (receipts of every status it has, inbound messages, handshakes), signed as its far side signs them.</summary>
    IReadOnlyList<CallbackSample> CallbackSamples => [];

    /// <summary>Copies of signed callbacks that were tampered with, unsigned or signed with another secret: each must be refused with 401.</summary>
    IReadOnlyList<CallbackSample> ForgedCallbacks => [];
}
