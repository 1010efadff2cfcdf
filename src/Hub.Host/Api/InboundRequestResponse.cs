using System.Text;
using System.Text.Json;
using Hub.Storage.Entities;

namespace Hub.Host.Api;

/// <summary>A stored webhook; the body is given as text when it is UTF-8, and always as base64 for byte-exact replay.</summary>
public sealed record InboundRequestResponse(
    Guid Id, string ConnectorId, string DeliveryId, string? SourceEventType, string Method, string Path, string? ContentType,
    Dictionary<string, string> Headers, string? Body, string BodyBase64, DateTimeOffset ReceivedAt, string Status,
    int Attempts, string? LastError, DateTimeOffset? ProcessedAt)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static InboundRequestResponse From(InboundRequest r, bool includeBody) => new(
        r.Id, r.ConnectorId, r.DeliveryId, r.SourceEventType, r.Method, r.Path, r.ContentType,
        JsonSerializer.Deserialize<Dictionary<string, string>>(r.HeadersJson) ?? [],
        includeBody ? TryDecode(r.Body) : null, includeBody ? Convert.ToBase64String(r.Body) : "",
        r.ReceivedAt, r.Status.ToString().ToLowerInvariant(), r.Attempts, r.LastError, r.ProcessedAt);

    private static string? TryDecode(byte[] body)
    {
        try
        {
            return StrictUtf8.GetString(body);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
