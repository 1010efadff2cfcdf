namespace Hub.Channels.Twilio.Internals;

/// <summary>
/// A Twilio status callback (Message resource "StatusCallback" parameters) as a <see cref="DeliveryReceipt"/>:
/// <c>MessageSid</c> and Hub's message id from the callback URL's query correlate it; <c>MessageStatus</c> gives
/// the status (<c>sent</c>, <c>delivered</c>, <c>read</c>; <c>undelivered</c>/<c>failed</c> as their
/// <c>ErrorCode</c> says). <c>accepted</c>, <c>scheduled</c>, <c>queued</c> and <c>sending</c> are still on Twilio's
/// side: Hub already counts the message as handed over, so they carry no news and yield no receipt.
/// </summary>
internal static class TwilioStatusCallback
{
    /// <summary>The receipt, <see cref="CallbackResult.Ignored"/> for a status that carries no news, or null when it is not a status callback.</summary>
    public static CallbackResult? Parse(TwilioForm form, string? messageId)
    {
        var sid = form["MessageSid"] ?? form["SmsSid"];
        var status = form["MessageStatus"] ?? form["SmsStatus"];
        if (status is null || (sid is null && messageId is null))
        {
            return null;
        }
        var code = int.TryParse(form["ErrorCode"], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var c) ? c : (int?)null;
        ReceiptStatus? mapped = status switch
        {
            "sent" => ReceiptStatus.Sent,
            "delivered" => ReceiptStatus.Delivered,
            "read" => ReceiptStatus.Read,
            "undelivered" or "failed" or "canceled" => TwilioErrorCodes.FailureOf(code),
            _ => null,
        };
        if (mapped is not { } receiptStatus)
        {
            return CallbackResult.Ignored;
        }
        var failed = receiptStatus is ReceiptStatus.Failed or ReceiptStatus.Undeliverable or ReceiptStatus.Expired;
        return CallbackResult.Of(
        [
            new DeliveryReceipt(receiptStatus)
            {
                MessageId = messageId,
                ProviderMessageId = sid,
                ProviderStatus = status,
                ErrorCode = form["ErrorCode"],
                Error = failed ? code is { } e ? $"Twilio error {e} (twilio.com/docs/errors/{e})." : $"Twilio reports the message {status}." : null,
            },
        ]);
    }
}
