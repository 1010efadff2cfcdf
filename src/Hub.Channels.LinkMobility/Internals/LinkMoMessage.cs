using System.Globalization;
using System.Text.Json;

namespace Hub.Channels.LinkMobility.Internals;

/// <summary>
/// A LINK MO message (SMS REST API – MO 1.7) as an <see cref="InboundMessage"/>: <c>source</c> is the sender's
/// MSISDN, the number it was sent to is the <c>subNumber</c> when the route is a subnumber range, else the
/// <c>destination</c> short number (with LINK's country prefix, e.g. <c>NO-2333</c>), the text is
/// <c>content.userData</c> (a keyword route leaves the keyword in it).
/// </summary>
internal static class LinkMoMessage
{
    public static InboundMessage? Parse(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            using var document = JsonDocument.ParseValue(ref reader);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || root.NonEmpty("source") is not { } from
                || root.NonEmpty("destination") is not { } destination
                || !root.TryGetProperty("content", out var content) || content.ValueKind != JsonValueKind.Object)
            {
                return null;
            }
            var to = root.TryGetProperty("subNumber", out var sub) && sub.ValueKind is JsonValueKind.Number or JsonValueKind.String
                ? (sub.ValueKind == JsonValueKind.Number ? sub.GetRawText() : sub.GetString()!)
                : destination;
            return new InboundMessage("sms", from, to, content.NonEmpty("userData") ?? "")
            {
                ProviderMessageId = root.NonEmpty("messageId"),
                ReceivedAt = root.NonEmpty("timestamp") is { } time
                    && DateTimeOffset.TryParse(time, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null,
            };
        }
        catch (JsonException)
        {
            return null;
        }
    }

}
