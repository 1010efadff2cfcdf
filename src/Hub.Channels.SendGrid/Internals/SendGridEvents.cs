using System.Text.Json;
using System.Text.RegularExpressions;

namespace Hub.Channels.SendGrid.Internals;

/// <summary>
/// Maps an Event Webhook batch (a JSON array of events) to receipts: <c>processed</c> → sent, <c>delivered</c> →
/// delivered, <c>open</c> and <c>click</c> → read, <c>bounce</c> → undeliverable (or failed when its <c>type</c> is
/// <c>blocked</c>: the receiving server refused this time, the address may be fine), <c>blocked</c> and <c>dropped</c>
/// → failed. <c>deferred</c> is not final (SendGrid retries for up to 72 hours) and yields nothing, nor do the
/// engagement events (spam reports, unsubscribes), which are not delivery. An event finds its message by Hub's id
/// (the <c>hub_message_id</c> custom arg, which SendGrid copies onto every event) and by the provider id, the part of
/// <c>sg_message_id</c> before its filter suffix, which is the send's <c>X-Message-Id</c>; one with neither is skipped.
/// </summary>
internal static partial class SendGridEvents
{
    public static CallbackResult Map(ReadOnlyMemory<byte> body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return CallbackResult.Invalid("The events are not JSON.");
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                return CallbackResult.Invalid("The events must be a JSON array.");
            }
            var receipts = new List<DeliveryReceipt>();
            foreach (var item in document.RootElement.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.Object && Receipt(item) is { } receipt)
                {
                    receipts.Add(receipt);
                }
            }
            return receipts.Count == 0 ? CallbackResult.Ignored : CallbackResult.Of(receipts);
        }
    }

    private static DeliveryReceipt? Receipt(JsonElement item)
    {
        var name = item.NonEmpty("event");
        var type = item.NonEmpty("type");
        ReceiptStatus? status = name switch
        {
            "processed" => ReceiptStatus.Sent,
            "delivered" => ReceiptStatus.Delivered,
            "open" or "click" => ReceiptStatus.Read,
            "bounce" => type == "blocked" ? ReceiptStatus.Failed : ReceiptStatus.Undeliverable,
            "blocked" or "dropped" => ReceiptStatus.Failed,
            _ => null,
        };
        var messageId = item.NonEmpty(MailSendRequest.HubMessageIdArg);
        var providerMessageId = ProviderMessageId(item.NonEmpty("sg_message_id"));
        if (status is not { } known || (messageId is null && providerMessageId is null))
        {
            return null;
        }
        var failed = known is ReceiptStatus.Failed or ReceiptStatus.Undeliverable;
        var reason = item.NonEmpty("reason") is { } said ? Address().Replace(said, "<address>") : null;
        var error = string.Join(": ", new[] { item.NonEmpty("bounce_classification"), reason }.OfType<string>());
        return new DeliveryReceipt(known)
        {
            MessageId = messageId,
            ProviderMessageId = providerMessageId,
            OccurredAt = item.TryGetProperty("timestamp", out var stamp) && stamp.TryGetInt64(out var seconds)
                ? DateTimeOffset.FromUnixTimeSeconds(seconds)
                : null,
            ProviderStatus = name == "bounce" && type is { Length: > 0 } ? $"bounce/{type}" : name,
            ErrorCode = failed ? item.NonEmpty("status") : null,
            Error = failed && error.Length > 0 ? error : null,
        };
    }

    /// <summary><c>W2R0zMrxSWyVRNbf0C1yLQ.filterdrecv-...</c> → <c>W2R0zMrxSWyVRNbf0C1yLQ</c> (older ids have dots of their own before <c>.filter</c>).</summary>
    public static string? ProviderMessageId(string? sgMessageId)
    {
        if (string.IsNullOrEmpty(sgMessageId))
        {
            return null;
        }
        var filter = sgMessageId.IndexOf(".filter", StringComparison.Ordinal);
        var end = filter >= 0 ? filter : sgMessageId.IndexOf('.', StringComparison.Ordinal);
        return end > 0 ? sgMessageId[..end] : sgMessageId;
    }


    [GeneratedRegex(@"[^\s<>@""']+@[^\s<>@""']+")]
    private static partial Regex Address();
}
