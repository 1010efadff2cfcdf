using System.Globalization;
using System.Text.Json.Nodes;
using Hub.Core.Channels;

namespace Hub.Host.Api;

/// <summary>The <c>message.received</c> CloudEvent for a message a person sent: from a provider's callback or the sandbox handset.</summary>
internal static class InboundMessageEvent
{
    /// <param name="source">The CloudEvents source (<c>/providers/{id}</c>); with <paramref name="id"/> it makes a provider's resend a duplicate.</param>
    public static JsonObject Create(string source, string id, string channel, string from, string? to, string text,
        string? inReplyTo, string? postback, DateTimeOffset receivedAt)
    {
        var sender = Address(channel, from);
        var message = new JsonObject { ["channel"] = channel, ["from"] = sender, ["text"] = text };
        if (to is { Length: > 0 })
        {
            message["to"] = Address(channel, to);
        }
        if (inReplyTo is not null)
        {
            message["inReplyTo"] = inReplyTo;
        }
        if (postback is not null)
        {
            message["postbackId"] = postback;
        }
        message["receivedAt"] = receivedAt.ToString("O", CultureInfo.InvariantCulture);
        var contact = ChannelNames.AddressesByEmail(channel) ? new JsonObject { ["email"] = sender } : new JsonObject { ["phone"] = sender };
        return new JsonObject
        {
            ["specversion"] = "1.0",
            ["id"] = id,
            ["source"] = source,
            ["type"] = "message.received",
            ["subject"] = sender,
            ["time"] = receivedAt.ToString("O", CultureInfo.InvariantCulture),
            ["data"] = new JsonObject { ["message"] = message, ["contact"] = contact },
        };
    }

    /// <summary>Phone channels speak E.164; some providers send the digits without the plus (WhatsApp, some MO gates).</summary>
    private static string Address(string channel, string address) =>
        !ChannelNames.AddressesByEmail(channel) && address.Length > 0 && address.All(char.IsAsciiDigit) ? "+" + address : address;
}
