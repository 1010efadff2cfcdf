using System.Text.Json;
using System.Text.Json.Serialization;
using Hub.Channels;

namespace Hub.Templates;

/// <summary>
/// The rendered rich parts of a message, as stored on its row (<c>messages.rich_content</c>) and shown by a preview:
/// the WhatsApp approved-template reference with its parameters, the RCS card or suggestions, the RCS fallback SMS.
/// </summary>
public sealed record MessageRichContent(
    WhatsAppTemplateMessage? WhatsAppTemplate, RichCard? Card, IReadOnlyList<Suggestion>? Suggestions, string? FallbackSms)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The rich parts of <paramref name="rendered"/>; null for a plain message.</summary>
    public static MessageRichContent? Of(RenderedMessage rendered)
    {
        ArgumentNullException.ThrowIfNull(rendered);
        return rendered.WhatsAppTemplate is null && rendered.Card is null && rendered.Suggestions.Count == 0 && rendered.FallbackSms is null
            ? null
            : new MessageRichContent(rendered.WhatsAppTemplate, rendered.Card, rendered.Suggestions.Count == 0 ? null : rendered.Suggestions, rendered.FallbackSms);
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public JsonElement ToJsonElement() => JsonSerializer.SerializeToElement(this, Json);

    public static MessageRichContent? FromJson(string? json) => json is null ? null : JsonSerializer.Deserialize<MessageRichContent>(json, Json);
}
