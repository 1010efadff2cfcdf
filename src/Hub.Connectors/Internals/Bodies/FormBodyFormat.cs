using System.Text.Json.Nodes;

namespace Hub.Connectors.Internals.Bodies;

/// <summary>
/// <c>application/x-www-form-urlencoded</c> bodies (Acuity Scheduling, WooCommerce's ping): an object of strings,
/// an array of strings for a repeated name. Names are taken literally: <c>a[b]=1</c> is the field <c>a[b]</c>.
/// </summary>
internal sealed class FormBodyFormat : IBodyFormat
{
    public IReadOnlyList<string> DefaultContentTypes { get; } = ["application/x-www-form-urlencoded"];

    public JsonNode Parse(byte[] body)
    {
        var text = body.AsSpan().Trim(" \t\r\n"u8);
        if (text.IsEmpty)
        {
            throw new InvalidWebhookBodyException("The body is empty; expected form fields (name=value&...).");
        }
        if (text[0] is (byte)'{' or (byte)'[' or (byte)'<')
        {
            // Decoding JSON or XML as form fields "works" and yields one nonsense field; say what happened instead.
            throw new InvalidWebhookBodyException("The body looks like JSON or XML, not form fields (name=value&...).");
        }
        return FormFields.Parse(text) is { } fields
            ? fields
            : throw new InvalidWebhookBodyException(FormFields.Describe(text));
    }
}
