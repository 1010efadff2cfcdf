using System.Text.Json.Serialization;

namespace Hub.Channels.SendGrid.Internals;

// reply_to is left out when unset: the API validates a null as a missing address.
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(MailSendRequest))]
[JsonSerializable(typeof(SendGridErrorResponse))]
internal sealed partial class SendGridJsonContext : JsonSerializerContext;
