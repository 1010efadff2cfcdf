using System.Text.Json.Nodes;

namespace Hub.Connectors.Internals.Verification;

/// <summary>Accepts every request: for tests and for internal senders on a trusted network only.</summary>
internal sealed class NoneScheme : IVerificationScheme
{
    public static NoneScheme Instance { get; } = new();

    public IReadOnlyList<KeyValuePair<string, string>> Sign(WebhookSigning signing) => [];

    public bool Verify(WebhookRequest request, IReadOnlyList<string> secrets, DateTimeOffset now, JsonObject settings) => true;
}
