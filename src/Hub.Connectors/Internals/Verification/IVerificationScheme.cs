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
}
