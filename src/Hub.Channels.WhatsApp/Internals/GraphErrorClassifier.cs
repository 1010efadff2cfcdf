using System.Globalization;
using System.Text.Json;

namespace Hub.Channels.WhatsApp.Internals;

/// <summary>
/// What a Graph API error envelope (<c>{"error":{"code":131047,"message":...}}</c>) means for the message. The code
/// decides where Meta documents it (developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes); an unknown
/// code falls back to the HTTP status (408, 429 and 5xx transient, the rest permanent).
/// </summary>
internal static class GraphErrorClassifier
{
    public static SendResult Classify(int httpStatus, ReadOnlySpan<byte> body)
    {
        var (code, message) = Read(body);
        var described = message is { Length: > 0 } ? $"WhatsApp answered {httpStatus}: {message}" : $"WhatsApp answered {httpStatus}.";
        var outcome = code is { } known ? OutcomeOf(known, httpStatus) : OutcomeOfStatus(httpStatus);
        return new SendResult(outcome, Error: described) { ErrorCode = code?.ToString(CultureInfo.InvariantCulture) };
    }

    private static SendOutcome OutcomeOf(long code, int httpStatus) => code switch
    {
        // Throughput, per-pair and spam rate limits, and the app-level "too many calls": wait and retry.
        130429 or 131056 or 131048 or 80007 or 4 or 17 or 32 or 613 or 133016 => SendOutcome.TransientFailure,
        // Meta's own trouble ("something went wrong", "service unavailable", "server temporarily unavailable").
        1 or 2 or 131000 or 131016 or 133004 => SendOutcome.TransientFailure,
        // More than 24 hours since the person last wrote: free-form text cannot go; a template or another channel can.
        131047 => SendOutcome.Unreachable,
        // Not a WhatsApp user, or an app too old to receive it: another channel should carry it.
        131026 => SendOutcome.Unreachable,
        // Token expired or revoked (190, 0), missing permission (10, 2xx), invalid parameters (100): whatever the
        // HTTP status, retrying the same call cannot help.
        190 or 0 or 10 or 100 or (>= 200 and <= 299) => SendOutcome.PermanentFailure,
        // Template, media, recipient and account errors (132xxx, 131008, 131009, 131051, 131031, ...) come as 4xx.
        _ => OutcomeOfStatus(httpStatus),
    };

    private static SendOutcome OutcomeOfStatus(int httpStatus) =>
        httpStatus is 408 or 429 or >= 500 ? SendOutcome.TransientFailure : SendOutcome.PermanentFailure;

    private static (long? Code, string? Message) Read(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            using var document = JsonDocument.ParseValue(ref reader);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("error", out var error) || error.ValueKind != JsonValueKind.Object)
            {
                return (null, null);
            }
            long? code = error.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.Number && c.TryGetInt64(out var n) ? n : null;
            // The message names the error ("(#131047) Re-engagement message"); error_data.details can quote the
            // recipient's situation and is left out of what Hub records.
            var message = error.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
            return (code, message is { Length: > 200 } ? message[..200] : message);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }
}
