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
        if (root.ValueKind != JsonValueKind.Object || root.StringOf("object") is not "whatsapp_business_account")
        {
            return CallbackResult.Invalid("Not a WhatsApp Business Account notification.");
        }
        var receipts = new List<DeliveryReceipt>();
        var inbound = new List<InboundMessage>();
        foreach (var change in root.ArrayOf("entry").SelectMany(e => e.ArrayOf("changes")))
        {
            if (change.StringOf("field") != "messages")
            {
                continue;
            }
            var value = change.ObjectOf("value");
            var to = WhatsAppAddress.ToE164(value.ObjectOf("metadata").StringOf("display_phone_number"));
            receipts.AddRange(value.ArrayOf("statuses").Select(ReceiptOf).OfType<DeliveryReceipt>());
            inbound.AddRange(value.ArrayOf("messages").Select(m => InboundOf(m, to)).OfType<InboundMessage>());
        }
        return receipts.Count == 0 && inbound.Count == 0 ? CallbackResult.Ignored : CallbackResult.Of(receipts, inbound);
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
