using Hub.Channels;

namespace Hub.IntegrationTests.Channels;

/// <summary>A receipt a callback sample must yield: its status and how it finds its message (Hub's id or the provider's).</summary>
public sealed record ExpectedReceipt(ReceiptStatus Status, string? MessageId = null, string? ProviderMessageId = null, string? ErrorCode = null);
