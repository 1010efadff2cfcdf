using System.Text.Json;
using Hub.Core.Channels;

namespace Hub.Channels.WhatsApp.Internals;

/// <summary>
/// One verified notification: <c>entry[].changes[]</c> whose <c>field</c> is <c>messages</c> carry <c>statuses</c>
/// (receipts of what Hub sent) and <c>messages</c> (what people wrote). Other fields (<c>user_preferences</c>,
/// template and account updates) are answered 200 and dropped: a marketing stop is a consent change, not a message,
/// and Hub has no record for it yet (the contacts issue owns consent).
/// </summary>
internal static class WhatsAppNotification
{
    public static CallbackResult Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || root.String("object") is not "whatsapp_business_account")
        {
            return CallbackResult.Invalid("Not a WhatsApp Business Account notification.");
        }
        var receipts = new List<DeliveryReceipt>();
        var inbound = new List<InboundMessage>();
        foreach (var change in root.Array("entry").SelectMany(e => e.Array("changes")))
        {
            if (change.String("field") != "messages")
            {
                continue;
            }
            var value = change.Object("value");
            var to = WhatsAppAddress.ToE164(value.Object("metadata").String("display_phone_number"));
            receipts.AddRange(value.Array("statuses").Select(ReceiptOf).OfType<DeliveryReceipt>());
            inbound.AddRange(value.Array("messages").Select(m => InboundOf(m, to)).OfType<InboundMessage>());
        }
        return receipts.Count == 0 && inbound.Count == 0 ? CallbackResult.Ignored : CallbackResult.Of(receipts, inbound);
    }

    private static DeliveryReceipt? ReceiptOf(JsonElement status)
    {
        var name = status.String("status");
        var error = status.Array("errors").FirstOrDefault();
        var errorCode = error.Code("code");
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
        if (lifecycle is not { } known || status.String("id") is not { Length: > 0 } id)
        {
            return null;
        }
        return new DeliveryReceipt(known)
        {
            MessageId = status.String("biz_opaque_callback_data") is { Length: > 0 } hubId ? hubId : null,
            ProviderMessageId = id,
            OccurredAt = status.UnixTime("timestamp"),
            ProviderStatus = name,
            ErrorCode = errorCode,
            Error = error.String("title") ?? error.String("message"),
        };
    }

    private static InboundMessage? InboundOf(JsonElement message, string to)
    {
        var type = message.String("type");
        // A reaction annotates an earlier message and a system message reports a number change: neither is something
        // the person wrote to Hub.
        if (type is "reaction" or "system" || message.String("from") is not { Length: > 0 } from)
        {
            return null;
        }
        var (text, postback) = ContentOf(message, type);
        // Media, locations, contacts and types Meta cannot render ("unsupported") still become an inbound message,
        // with whatever caption they have: the person answered, and that matters to the conversation.
        return new InboundMessage(ChannelNames.WhatsApp, WhatsAppAddress.ToE164(from), to, text ?? "")
        {
            ProviderMessageId = message.String("id"),
            InReplyToProviderMessageId = message.Object("context").String("id"),
            ReceivedAt = message.UnixTime("timestamp"),
            Postback = postback,
        };
    }

    private static (string? Text, string? Postback) ContentOf(JsonElement message, string? type)
    {
        switch (type)
        {
            case "text":
                return (message.Object("text").String("body"), null);
            case "button":
                // A template's quick-reply button: the payload is what the template set, the text what the person saw.
                var button = message.Object("button");
                return (button.String("text"), button.String("payload"));
            case "interactive":
                var interactive = message.Object("interactive");
                var reply = interactive.Object(interactive.String("type") ?? "");
                return (reply.String("title"), reply.String("id"));
            default:
                return (type is { } t ? message.Object(t).String("caption") : null, null);
        }
    }
}
