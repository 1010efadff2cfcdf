using System.Text.Json.Nodes;

namespace Hub.Connectors.Internals.Verification;

/// <summary>
/// One way a source proves a request came from it. Implementations are chosen by the spec's <c>verify.scheme</c>
/// (see <see cref="VerificationSchemes"/>) and must compare in constant time.
/// </summary>
internal interface IVerificationScheme
{
    /// <summary>
    /// The instance settings the scheme reads (a notification URL, a username, an organization id), so that a spec
    /// naming one it does not declare fails at load rather than rejecting every delivery.
    /// </summary>
    IReadOnlyList<SettingReference> UsedSettings => [];

    /// <summary>
    /// True when any of <paramref name="secrets"/> verifies the request; false for a missing or garbled signature.
    /// <paramref name="settings"/> are the connector instance's non-secret settings, spec defaults applied.
    /// </summary>
    bool Verify(WebhookRequest request, IReadOnlyList<string> secrets, DateTimeOffset now, JsonObject settings);

    /// <summary>
    /// The headers the source would send with this body, signed as it signs: what <c>Hub.Host sign</c> prints so that a
    /// person can post a webhook by hand. A scheme that cannot be signed from a secret alone says why (throws).
    /// </summary>
    IReadOnlyList<KeyValuePair<string, string>> Sign(WebhookSigning signing) =>
        throw new NotSupportedException("This connector's verification scheme is not signed with a secret.");
}
