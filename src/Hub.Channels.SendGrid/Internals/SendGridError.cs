using System.Text.Json.Serialization;

namespace Hub.Channels.SendGrid.Internals;

/// <summary>One entry of the API's <c>errors</c>: what is wrong and with which field (<c>from.email</c>; often null).</summary>
internal sealed record SendGridError(
    [property: JsonPropertyName("message")] string? Message,
    [property: JsonPropertyName("field")] string? Field);
