using System.Globalization;
using System.Text.Json;

namespace Hub.Channels.Twilio.Internals;

/// <summary>
/// What Twilio's answer body says: a Message resource's <c>sid</c>, <c>status</c> and <c>error_code</c>, or a REST
/// error's <c>code</c>. An unreadable body says nothing (never an exception).
/// </summary>
internal sealed record TwilioAnswer(string? Sid, string? Status, int? Code)
{
    public static TwilioAnswer Read(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            using var document = JsonDocument.ParseValue(ref reader);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new TwilioAnswer(null, null, null);
            }
            return new TwilioAnswer(root.NonEmpty("sid"), root.NonEmpty("status"), Integer(root, "code") ?? Integer(root, "error_code"));
        }
        catch (JsonException)
        {
            return new TwilioAnswer(null, null, null);
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
