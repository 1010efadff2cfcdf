using System.Globalization;
using System.Text.Json;

namespace Hub.Channels.LinkMobility.Internals;

/// <summary>
/// What LINK's answer body says: the <c>messageId</c> and <c>resultCode</c> of a SendResponse, or the code of an
/// ErrorResponse. LINK documents no schema for the latter, so the code is taken from <c>resultCode</c>, else from a
/// <c>status</c> that is not merely the HTTP status repeated. An unreadable body says nothing (never an exception).
/// </summary>
internal sealed record LinkAnswer(string? MessageId, int? ResultCode)
{
    public static LinkAnswer Read(ReadOnlySpan<byte> body, int httpStatus)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            using var document = JsonDocument.ParseValue(ref reader);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new LinkAnswer(null, null);
            }
            var messageId = root.TryGetProperty("messageId", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
            var code = Integer(root, "resultCode") ?? (Integer(root, "status") is { } status && status != httpStatus ? status : null);
            return new LinkAnswer(string.IsNullOrEmpty(messageId) ? null : messageId, code);
        }
        catch (JsonException)
        {
            return new LinkAnswer(null, null);
        }
    }

    private static int? Integer(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value))
        {
            return null;
        }
        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt32(out var number) => number,
            JsonValueKind.String when int.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) => number,
            _ => null,
        };
    }
}
