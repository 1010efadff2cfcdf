using System.Text.Json.Serialization;

namespace Hub.Channels.LinkMobility.Internals;

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(LinkSendRequest))]
internal sealed partial class LinkJsonContext : JsonSerializerContext;
