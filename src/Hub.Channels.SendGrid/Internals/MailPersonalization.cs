using System.Text.Json.Serialization;

namespace Hub.Channels.SendGrid.Internals;

/// <summary>One recipient's part of a mail send: the address and the custom args its events carry.</summary>
internal sealed record MailPersonalization(
    [property: JsonPropertyName("to")] IReadOnlyList<MailAddressJson> To,
    [property: JsonPropertyName("custom_args")] IReadOnlyDictionary<string, string> CustomArgs);
