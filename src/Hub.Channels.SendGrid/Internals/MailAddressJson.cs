using System.Text.Json.Serialization;

namespace Hub.Channels.SendGrid.Internals;

/// <summary>An address as the API takes it: <c>{"email", "name"}</c>, the name left out when there is none.</summary>
internal sealed record MailAddressJson(
    [property: JsonPropertyName("email")] string Email,
    [property: JsonPropertyName("name"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Name)
{
    public static MailAddressJson Of(System.Net.Mail.MailAddress address) =>
        new(address.Address, string.IsNullOrEmpty(address.DisplayName) ? null : address.DisplayName);
}
