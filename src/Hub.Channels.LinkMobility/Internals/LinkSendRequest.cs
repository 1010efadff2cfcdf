using System.Text.Json.Serialization;

namespace Hub.Channels.LinkMobility.Internals;

/// <summary>
/// The body of <c>POST /sms/send</c> (LINK "SMS REST API – MT and Delivery Reports" 1.18). <c>refId</c> is Hub's
/// message id: LINK mirrors it in every delivery report, so a report finds its message even when the send's answer
/// was lost. <c>ignoreResponse</c> is false because LINK's default is to answer 204 without the <c>messageId</c>.
/// </summary>
internal sealed record LinkSendRequest(
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("sourceTON")] string? SourceTypeOfNumber,
    [property: JsonPropertyName("destination")] string Destination,
    [property: JsonPropertyName("userData")] string UserData,
    [property: JsonPropertyName("platformId")] string PlatformId,
    [property: JsonPropertyName("platformPartnerId")] string PlatformPartnerId,
    [property: JsonPropertyName("refId")] string RefId,
    [property: JsonPropertyName("useDeliveryReport")] bool UseDeliveryReport,
    [property: JsonPropertyName("deliveryReportGates")] IReadOnlyList<string>? DeliveryReportGates,
    [property: JsonPropertyName("ignoreResponse")] bool IgnoreResponse)
{
    public static LinkSendRequest From(LinkAccount account, OutboundMessage message) => new(
        account.Source,
        account.SourceTypeOfNumber,
        message.To,
        message.Body,
        account.PlatformId,
        account.PlatformPartnerId,
        message.Id,
        UseDeliveryReport: account.DeliveryReportGate is not null,
        account.DeliveryReportGate is { } gate ? [gate] : null,
        IgnoreResponse: false);
}
