using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.Api.Contracts;
using Hub.Intake;
using Hub.Messaging;
using Hub.Runtime.Events;

namespace Hub.Host.Api.Mappings;

/// <summary>Stored rows as the API shows them; the contracts project knows no entity.</summary>
internal static class ResponseMappings
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static ConnectorResponse ToResponse(this ConnectorInstance c, IReadOnlyList<string> credentialNames) => new(
        c.Id, c.Type, $"/webhooks/{c.Id}", c.ReadSettings(), credentialNames, c.MaxBodyBytes,
        c.ProtectedPreviousSecret is null ? null : c.PreviousSecretExpiresAt, c.CreatedAt, c.UpdatedAt);

    public static EventResponse ToResponse(this EventRecord e) => new(
        e.Id, e.ConnectorId, e.Source, e.Type, e.Subject, e.SourceTime, e.DataSchema, e.Status.ToString().ToLowerInvariant(),
        e.Attempts, e.LastError, JsonNode.Parse(e.DataJson) as JsonObject ?? [], e.InboundRequestId, e.CreatedAt);

    public static InboundRequestResponse ToResponse(this InboundRequest r, bool includeBody) => new(
        r.Id, r.ConnectorId, r.DeliveryId, r.SourceEventType, r.Method, r.Path, r.ContentType,
        JsonSerializer.Deserialize<Dictionary<string, string>>(r.HeadersJson) ?? [],
        includeBody ? TryDecode(r.Body) : null, includeBody ? Convert.ToBase64String(r.Body) : "",
        r.ReceivedAt, r.Status.ToString().ToLowerInvariant(), r.Attempts, r.LastError, r.ProcessedAt);

    public static MessageResponse ToResponse(this MessageRecord m) => new(
        m.Id, m.Channel, m.Provider, m.To, m.Subject, m.Body, m.Status.ToString().ToLowerInvariant(),
        m.ProviderMessageId, m.LastError, m.WorkflowId, m.StepId, m.TemplateId, m.Locale, m.EventId, m.CreatedAt, m.UpdatedAt)
    {
        Purpose = m.Purpose,
        Reason = m.SkipReason,
        HeldUntil = m.HeldUntil,
        ContactId = m.ContactId,
    };

    public static SendAttemptResponse ToResponse(this SendAttempt a) =>
        new(a.Number, a.Provider, a.Outcome, a.ProviderMessageId, a.Error, a.StartedAt, a.CompletedAt, a.HttpStatus, a.ErrorCode,
            (a.CompletedAt - a.StartedAt).TotalMilliseconds);

    public static MessageReceiptResponse ToResponse(this MessageReceipt r) =>
        new(r.Provider, r.Status.ToString().ToLowerInvariant(), r.ProviderStatus, r.ErrorCode, r.Error, r.Segment, r.SegmentCount, r.OccurredAt, r.ReceivedAt);

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
