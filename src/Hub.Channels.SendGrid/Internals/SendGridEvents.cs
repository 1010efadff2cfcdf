using System.Text.Json;
using System.Text.RegularExpressions;

namespace Hub.Channels.SendGrid.Internals;

/// <summary>
/// Maps an Event Webhook batch (a JSON array of events) to receipts: <c>processed</c> → sent, <c>delivered</c> →
/// delivered, <c>open</c> and <c>click</c> → read, <c>bounce</c> → undeliverable (or failed when its <c>type</c> is
/// <c>blocked</c>: the receiving server refused this time, the address may be fine), <c>blocked</c> and <c>dropped</c>
/// → failed. <c>deferred</c> is not final (SendGrid retries for up to 72 hours) and yields nothing. Consent signals
/// (<see cref="ConsentOf"/>): unsubscribes, spam reports and hard bounces. An event finds its message by Hub's id
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
            var consent = new List<ConsentSignal>();
            foreach (var item in document.RootElement.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.Object))
            {
                if (Receipt(item) is { } receipt)
                {
                    receipts.Add(receipt);
                }
                consent.AddRange(ConsentOf(item));
            }
            return receipts.Count == 0 && consent.Count == 0 ? CallbackResult.Ignored : CallbackResult.Of(receipts) with { ConsentSignals = consent };
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

    /// <summary>
    /// What an event says of the address's consent for email: <c>unsubscribe</c> and <c>group_unsubscribe</c> stop
    /// marketing (SendGrid's unsubscribe links sit in marketing mail; a receipt still goes), <c>group_resubscribe</c>
    /// resumes it; a <c>spamreport</c> stops everything (SendGrid suppresses the address for all further mail), and
    /// so does a hard <c>bounce</c> (the address does not exist: nothing can reach it), recorded as opted out of both
    /// purposes with evidence <c>bounce</c> so that sends skip email and move on to the next channel. A <c>blocked</c>
    /// bounce is the receiving server refusing this once and says nothing about the address.
    /// </summary>
    private static IEnumerable<ConsentSignal> ConsentOf(JsonElement item)
    {
        if (item.NonEmpty("email") is not { } email)
        {
            return [];
        }
        var name = item.NonEmpty("event");
        var at = item.TryGetProperty("timestamp", out var stamp) && stamp.TryGetInt64(out var seconds) ? DateTimeOffset.FromUnixTimeSeconds(seconds) : (DateTimeOffset?)null;
        // sg_event_id is unique per event in SendGrid's traffic; the name keeps the documented sample's shared placeholder apart.
        var id = item.NonEmpty("sg_event_id") is { } eventId ? $"{eventId}:{name}" : null;
        ConsentSignal Signal(string purpose, ConsentSignalState state, string evidence) =>
            new("email", email.Trim().ToLowerInvariant(), purpose, state, evidence, at) { SignalId = id };
        return name switch
        {
            "unsubscribe" => [Signal("marketing", ConsentSignalState.OptedOut, "unsubscribe")],
            "group_unsubscribe" => [Signal("marketing", ConsentSignalState.OptedOut, Grouped("group_unsubscribe", item))],
            "group_resubscribe" => [Signal("marketing", ConsentSignalState.OptedIn, Grouped("group_resubscribe", item))],
            "spamreport" => [Signal("marketing", ConsentSignalState.OptedOut, "spamreport"), Signal("transactional", ConsentSignalState.OptedOut, "spamreport")],
            "bounce" when item.NonEmpty("type") != "blocked" =>
                [Signal("marketing", ConsentSignalState.OptedOut, "bounce"), Signal("transactional", ConsentSignalState.OptedOut, "bounce")],
            _ => [],
        };
    }

    private static string Grouped(string name, JsonElement item) =>
        item.TryGetProperty("asm_group_id", out var group) && group.ValueKind == JsonValueKind.Number ? $"{name} asm_group_id={group.GetRawText()}" : name;

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
