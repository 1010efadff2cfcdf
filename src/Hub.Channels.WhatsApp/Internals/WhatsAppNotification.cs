using System.Text.Json;
using Hub.Core.Channels;

namespace Hub.Channels.WhatsApp.Internals;

/// <summary>
/// One verified notification: <c>entry[].changes[]</c> whose <c>field</c> is <c>messages</c> carry <c>statuses</c>
/// (receipts of what Hub sent) and <c>messages</c> (what people wrote); <c>user_preferences</c> carry a person's
/// marketing stop or resume, which become consent signals for WhatsApp marketing. Other fields (template and account
/// updates) are answered 200 and dropped.
/// </summary>
internal static class WhatsAppNotification
{
    public static CallbackResult Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || root.StringOf("object") is not "whatsapp_business_account")
        {
            return CallbackResult.Invalid("Not a WhatsApp Business Account notification.");
        }
        var receipts = new List<DeliveryReceipt>();
        var inbound = new List<InboundMessage>();
        var consent = new List<ConsentSignal>();
        foreach (var change in root.ArrayOf("entry").SelectMany(e => e.ArrayOf("changes")))
        {
            var value = change.ObjectOf("value");
            if (change.StringOf("field") == "user_preferences")
            {
                consent.AddRange(value.ArrayOf("user_preferences").Select(PreferenceOf).OfType<ConsentSignal>());
                continue;
            }
            if (change.StringOf("field") != "messages")
            {
                continue;
            }
            var to = WhatsAppAddress.ToE164(value.ObjectOf("metadata").StringOf("display_phone_number"));
            receipts.AddRange(value.ArrayOf("statuses").Select(ReceiptOf).OfType<DeliveryReceipt>());
            inbound.AddRange(value.ArrayOf("messages").Select(m => InboundOf(m, to)).OfType<InboundMessage>());
        }
        return receipts.Count == 0 && inbound.Count == 0 && consent.Count == 0
            ? CallbackResult.Ignored
            : CallbackResult.Of(receipts, inbound) with { ConsentSignals = consent };
    }

    /// <summary>
    /// <c>marketing_messages</c> <c>stop</c> or <c>resume</c>: the person told WhatsApp to stop (or resume) marketing
    /// from this business. Meta then refuses marketing templates to them anyway (131050); Hub records it so that its
    /// sends skip WhatsApp marketing for them and move on. Other categories and values say nothing about consent.
    /// </summary>
    private static ConsentSignal? PreferenceOf(JsonElement preference)
    {
        var state = preference.StringOf("value") switch
        {
            "stop" => ConsentSignalState.OptedOut,
            "resume" => (ConsentSignalState?)ConsentSignalState.OptedIn,
            _ => null,
        };
        if (preference.StringOf("category") != "marketing_messages" || state is not { } known || preference.StringOf("wa_id") is not { Length: > 0 } waId)
        {
            return null;
        }
        var at = preference.UnixTimeOf("timestamp");
        return new ConsentSignal(ChannelNames.WhatsApp, WhatsAppAddress.ToE164(waId), "marketing", known,
            $"user_preferences marketing_messages={preference.StringOf("value")}", at)
        {
            // Meta gives the preference no id: the number, the time and the value tell a resend from a new change.
            SignalId = at is { } time ? $"{waId}:{time.ToUnixTimeSeconds()}:{preference.StringOf("value")}" : null,
        };
    }

    private static DeliveryReceipt? ReceiptOf(JsonElement status)
    {
        var name = status.StringOf("status");
        var error = status.ArrayOf("errors").FirstOrDefault();
        var errorCode = error.CodeOf("code");
        ReceiptStatus? lifecycle = name switch
        {
            "sent" => ReceiptStatus.Sent,
            "delivered" => ReceiptStatus.Delivered,
            "read" => ReceiptStatus.Read,
            // 131026: the number is not on WhatsApp (or cannot receive this): the address, not the message, is the problem.
            "failed" => errorCode == "131026" ? ReceiptStatus.Undeliverable : ReceiptStatus.Failed,
            // "deleted", "warning", "played" and statuses Meta adds later say nothing about delivery.
            _ => null,
        };
        if (lifecycle is not { } known || status.StringOf("id") is not { Length: > 0 } id)
        {
            return null;
        }
        return new DeliveryReceipt(known)
        {
            MessageId = status.StringOf("biz_opaque_callback_data") is { Length: > 0 } hubId ? hubId : null,
            ProviderMessageId = id,
            OccurredAt = status.UnixTimeOf("timestamp"),
            ProviderStatus = name,
            ErrorCode = errorCode,
            Error = error.StringOf("title") ?? error.StringOf("message"),
        };
    }

    private static InboundMessage? InboundOf(JsonElement message, string to)
    {
        var type = message.StringOf("type");
        // A reaction annotates an earlier message and a system message reports a number change: neither is something
        // the person wrote to Hub.
        if (type is "reaction" or "system" || message.StringOf("from") is not { Length: > 0 } from)
        {
            return null;
        }
        var (text, postback) = ContentOf(message, type);
        // Media, locations, contacts and types Meta cannot render ("unsupported") still become an inbound message,
        // with whatever caption they have: the person answered, and that matters to the conversation.
        return new InboundMessage(ChannelNames.WhatsApp, WhatsAppAddress.ToE164(from), to, text ?? "")
        {
            ProviderMessageId = message.StringOf("id"),
            InReplyToProviderMessageId = message.ObjectOf("context").StringOf("id"),
            ReceivedAt = message.UnixTimeOf("timestamp"),
            Postback = postback,
        };
    }

    private static (string? Text, string? Postback) ContentOf(JsonElement message, string? type)
    {
        switch (type)
        {
            case "text":
                return (message.ObjectOf("text").StringOf("body"), null);
            case "button":
                // A template's quick-reply button: the payload is what the template set, the text what the person saw.
                var button = message.ObjectOf("button");
                return (button.StringOf("text"), button.StringOf("payload"));
            case "interactive":
                var interactive = message.ObjectOf("interactive");
                var reply = interactive.ObjectOf(interactive.StringOf("type") ?? "");
                return (reply.StringOf("title"), reply.StringOf("id"));
            default:
                return (type is { } t ? message.ObjectOf(t).StringOf("caption") : null, null);
        }
    }
}
