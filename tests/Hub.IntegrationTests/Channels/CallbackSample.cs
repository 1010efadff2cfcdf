using Hub.Channels;

namespace Hub.IntegrationTests.Channels;

/// <summary>
/// A callback exactly as the provider documents it (from <c>shared/fixtures/providers/</c>), with what it must become:
/// receipts with these statuses, correlated by these ids, inbound messages with this text, and these consent signals.
/// </summary>
public sealed record CallbackSample(string Name, ProviderCallback Callback)
{
    public IReadOnlyList<ExpectedReceipt> Receipts { get; init; } = [];

    /// <summary>The text of each inbound message it carries, in order.</summary>
    public IReadOnlyList<string> InboundTexts { get; init; } = [];

    /// <summary>The consent changes it reports (a marketing stop, an unsubscribe, a hard bounce), in order.</summary>
    public IReadOnlyList<ConsentSignal> ConsentSignals { get; init; } = [];

    /// <summary>The body to answer with, for handshakes.</summary>
    public string? ResponseBody { get; init; }

    public override string ToString() => Name;
}
