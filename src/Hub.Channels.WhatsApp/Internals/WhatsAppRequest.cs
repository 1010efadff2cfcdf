using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace Hub.Channels.WhatsApp.Internals;

/// <summary>
/// The body of <c>POST /{version}/{phone-number-id}/messages</c>: free-form text, or an approved template with its
/// header, body and button parameters. <c>biz_opaque_callback_data</c> carries Hub's message id; Meta echoes it in
/// every status webhook of the message, so receipts find their message even when the send's answer was lost.
/// </summary>
internal static class WhatsAppRequest
{
    /// <summary>The body, or the reason the message cannot be expressed (an unknown button kind).</summary>
    public static (byte[]? Body, string? Problem) Build(OutboundMessage message, string to)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("messaging_product", "whatsapp");
            json.WriteString("recipient_type", "individual");
            json.WriteString("to", to);
            if (message.WhatsAppTemplate is { } template)
            {
                json.WriteString("type", "template");
                json.WritePropertyName("template");
                if (WriteTemplate(json, template) is { } problem)
                {
                    return (null, problem);
                }
            }
            else
            {
                json.WriteString("type", "text");
                json.WriteStartObject("text");
                json.WriteString("body", message.Body);
                json.WriteBoolean("preview_url", false);
                json.WriteEndObject();
            }
            json.WriteString("biz_opaque_callback_data", message.Id);
            json.WriteEndObject();
        }
        return (buffer.WrittenSpan.ToArray(), null);
    }

    private static string? WriteTemplate(Utf8JsonWriter json, WhatsAppTemplateMessage template)
    {
        json.WriteStartObject();
        json.WriteString("name", template.Name);
        json.WriteStartObject("language");
        json.WriteString("code", template.Language);
        json.WriteEndObject();
        var hasComponents = template.HeaderParameters.Count > 0 || template.BodyParameters.Count > 0 || template.Buttons.Count > 0;
        if (hasComponents)
        {
            json.WriteStartArray("components");
            WriteTextComponent(json, "header", template.HeaderParameters);
            WriteTextComponent(json, "body", template.BodyParameters);
            foreach (var button in template.Buttons)
            {
                if (WriteButton(json, button) is { } problem)
                {
                    return problem;
                }
            }
            json.WriteEndArray();
        }
        json.WriteEndObject();
        return null;
    }

    private static void WriteTextComponent(Utf8JsonWriter json, string type, IReadOnlyList<string> parameters)
    {
        if (parameters.Count == 0)
        {
            return;
        }
        json.WriteStartObject();
        json.WriteString("type", type);
        json.WriteStartArray("parameters");
        foreach (var text in parameters)
        {
            json.WriteStartObject();
            json.WriteString("type", "text");
            json.WriteString("text", text);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string? WriteButton(Utf8JsonWriter json, WhatsAppButtonParameter button)
    {
        // Meta names the parameter after what it fills: a URL button's variable suffix is text, a quick reply's a payload.
        var (parameterType, field) = button.SubType switch
        {
            "url" => ("text", "text"),
            "quick_reply" => ("payload", "payload"),
            "copy_code" => ("coupon_code", "coupon_code"),
            _ => (null, null),
        };
        if (parameterType is null || field is null)
        {
            return $"Template button {button.Index} has sub type '{button.SubType}'; WhatsApp takes url, quick_reply or copy_code.";
        }
        json.WriteStartObject();
        json.WriteString("type", "button");
        json.WriteString("sub_type", button.SubType);
        json.WriteString("index", button.Index.ToString(CultureInfo.InvariantCulture));
        json.WriteStartArray("parameters");
        json.WriteStartObject();
        json.WriteString("type", parameterType);
        json.WriteString(field, button.Value);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        return null;
    }
}
