using System.Text.Json;
using Hub.Core.Channels;

namespace Hub.Channels.Rbm.Internals;

/// <summary>
/// One verified RBM notification (the decoded <c>message.data</c>): a user event (<c>eventType</c> DELIVERED or READ
/// for an agent message, found by its <c>messageId</c>, which is Hub's message id since Hub chose it at the send) or a
/// user message (<c>text</c>, a tapped suggestion's <c>suggestionResponse</c>, a location or a file).
/// </summary>
internal static class RbmEvent
{
    public static CallbackResult Read(JsonElement root, string configuredAgentId)
    {
        if (root.ValueKind != JsonValueKind.Object || root.StringOf("senderPhoneNumber") is not { Length: > 0 } sender)
        {
            return CallbackResult.Invalid("Not an RBM user event or user message.");
        }
        var messageId = root.StringOf("messageId");
        if (root.StringOf("eventType") is { } eventType)
        {
            ReceiptStatus? status = eventType switch
            {
                "DELIVERED" => ReceiptStatus.Delivered,
                "READ" => ReceiptStatus.Read,
                // IS_TYPING and events Google adds later say nothing about delivery.
                _ => null,
            };
            return status is { } known && messageId is { Length: > 0 }
                ? CallbackResult.Of([new DeliveryReceipt(known)
                {
                    MessageId = messageId,
                    ProviderMessageId = messageId,
                    OccurredAt = root.TimeOf("sendTime"),
                    ProviderStatus = eventType,
                }])
                : CallbackResult.Ignored;
        }
        var suggestion = root.ObjectOf("suggestionResponse");
        var text = root.StringOf("text") ?? suggestion.StringOf("text");
        var isMessage = text is not null || root.ObjectOf("location").ValueKind == JsonValueKind.Object || root.ObjectOf("userFile").ValueKind == JsonValueKind.Object;
        if (!isMessage)
        {
            return CallbackResult.Ignored;
        }
        // A location or a file still becomes a message, with empty text: the person answered.
        return CallbackResult.OfInbound(new InboundMessage(ChannelNames.Rcs, sender, root.StringOf("agentId") ?? configuredAgentId, text ?? "")
        {
            ProviderMessageId = messageId,
            ReceivedAt = root.TimeOf("sendTime"),
            Postback = suggestion.StringOf("postbackData"),
        });
    }
}
