using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace Hub.Channels.Rbm.Internals;

/// <summary>
/// The body of <c>POST /v1/phones/{msisdn}/agentMessages</c>: a <c>contentMessage</c> with text and suggestions, or a
/// standalone rich card (vertical, medium-height media) with the card's suggestions; <c>ttl</c> and
/// <c>messageTrafficType</c> when the instance sets them.
/// </summary>
internal static class AgentMessageRequest
{
    /// <summary>The body, or the reason the message cannot be expressed (a suggestion kind RBM has no form for).</summary>
    public static (byte[]? Body, string? Problem) Build(OutboundMessage message, RbmTarget target)
    {
        var suggestions = message.Card?.Suggestions ?? message.Suggestions;
        var invalid = suggestions.FirstOrDefault(s => s.Kind switch
        {
            Suggestion.Reply => false,
            Suggestion.OpenUrl => s.Url is not { Length: > 0 },
            Suggestion.Dial => s.PhoneNumber is not { Length: > 0 },
            _ => true,
        });
        if (invalid is not null)
        {
            return (null, $"Suggestion '{invalid.Postback}' ({invalid.Kind}) has no RBM form: RBM takes {Suggestion.Reply}, "
                + $"{Suggestion.OpenUrl} with a URL and {Suggestion.Dial} with a phone number.");
        }
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartObject("contentMessage");
            if (message.Card is { } card)
            {
                WriteCard(json, card);
            }
            else
            {
                json.WriteString("text", message.Body);
                WriteSuggestions(json, message.Suggestions);
            }
            json.WriteEndObject();
            if (target.TtlSeconds is { } ttl)
            {
                json.WriteString("ttl", ttl.ToString(CultureInfo.InvariantCulture) + "s");
            }
            if (target.TrafficType is { } trafficType)
            {
                json.WriteString("messageTrafficType", trafficType);
            }
            json.WriteEndObject();
        }
        return (buffer.WrittenSpan.ToArray(), null);
    }

    private static void WriteCard(Utf8JsonWriter json, RichCard card)
    {
        json.WriteStartObject("richCard");
        json.WriteStartObject("standaloneCard");
        json.WriteString("cardOrientation", "VERTICAL");
        json.WriteStartObject("cardContent");
        json.WriteString("title", card.Title);
        if (card.Description is { } description)
        {
            json.WriteString("description", description);
        }
        if (card.MediaUrl is { } mediaUrl)
        {
            json.WriteStartObject("media");
            json.WriteString("height", "MEDIUM");
            json.WriteStartObject("contentInfo");
            json.WriteString("fileUrl", mediaUrl);
            json.WriteBoolean("forceRefresh", false);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        WriteSuggestions(json, card.Suggestions);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteSuggestions(Utf8JsonWriter json, IReadOnlyList<Suggestion> suggestions)
    {
        if (suggestions.Count == 0)
        {
            return;
        }
        json.WriteStartArray("suggestions");
        foreach (var suggestion in suggestions)
        {
            json.WriteStartObject();
            if (suggestion.Kind == Suggestion.Reply)
            {
                json.WriteStartObject("reply");
                json.WriteString("text", suggestion.Text);
                json.WriteString("postbackData", suggestion.Postback);
                json.WriteEndObject();
            }
            else
            {
                json.WriteStartObject("action");
                json.WriteString("text", suggestion.Text);
                json.WriteString("postbackData", suggestion.Postback);
                if (suggestion.Kind == Suggestion.OpenUrl)
                {
                    json.WriteStartObject("openUrlAction");
                    json.WriteString("url", suggestion.Url);
                }
                else
                {
                    json.WriteStartObject("dialAction");
                    json.WriteString("phoneNumber", suggestion.PhoneNumber);
                }
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
