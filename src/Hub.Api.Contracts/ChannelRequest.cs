namespace Hub.Api.Contracts;

/// <summary>
/// Body of <c>PUT /api/v1/channels/{channel}</c>: provider instance ids in order (an empty list goes back to the
/// default), and optionally how long a message may go without a delivery receipt before its send moves on to its
/// next channel (receipt-driven fallback; 1 to 604800 seconds).
/// </summary>
public sealed record ChannelRequest(IReadOnlyList<string>? Providers, int? ReceiptTimeoutSeconds = null);
