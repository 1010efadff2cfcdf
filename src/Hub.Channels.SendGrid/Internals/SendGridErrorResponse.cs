using System.Text.Json.Serialization;

namespace Hub.Channels.SendGrid.Internals;

/// <summary>The API's <c>ErrorResponse</c>: <c>{"errors": [{"message", "field", "help"}]}</c>.</summary>
internal sealed record SendGridErrorResponse([property: JsonPropertyName("errors")] IReadOnlyList<SendGridError>? Errors);
