using System.Text.Json;

namespace Hub.Channels.Rbm.Internals;

/// <summary>
/// What an RBM API answer means (Google's error envelope <c>{"error":{"code","message","status"}}</c>). 404 on an
/// agent message is how RBM says the number cannot receive RCS (or not from this agent): another channel should
/// carry it. 409 <c>ALREADY_EXISTS</c> is a repeat of a message id RBM already took: sent. The status name
/// (<c>NOT_FOUND</c>, <c>RESOURCE_EXHAUSTED</c>) is the attempt's error code.
/// </summary>
internal static class RbmErrorClassifier
{
    public static SendResult Classify(int httpStatus, ReadOnlySpan<byte> body, string messageId)
    {
        if (httpStatus is >= 200 and < 300)
        {
            return SendResult.Accepted(messageId);
        }
        var (status, message) = Read(body);
        var described = message is { Length: > 0 } ? $"RBM answered {httpStatus} {status}: {message}" : $"RBM answered {httpStatus} {status}.";
        var result = httpStatus switch
        {
            // The messageId makes agentMessages.create idempotent: the first call got it through.
            409 when status is null or "ALREADY_EXISTS" => SendResult.Accepted(messageId),
            404 => SendResult.Unreachable(described + " The number is not reachable over RCS."),
            // 401: the token was refused (revoked, or the clocks disagree); the caller drops it and the retry fetches another.
            401 or 408 or 429 or >= 500 => SendResult.Transient(described),
            _ => SendResult.Permanent(described),
        };
        return result with { ErrorCode = status };
    }

    private static (string? Status, string? Message) Read(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            using var document = JsonDocument.ParseValue(ref reader);
            var error = document.RootElement.ObjectOf("error");
            var message = error.StringOf("message");
            return (error.StringOf("status"), message is { Length: > 200 } ? message[..200] : message);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }
}
