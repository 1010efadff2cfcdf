namespace Hub.Connectors.Internals.Verification;

/// <summary>
/// One way a source proves a request came from it. Implementations are chosen by the spec's <c>verify.scheme</c>
/// (see <see cref="VerificationSchemes"/>) and must compare in constant time.
/// </summary>
internal interface IVerificationScheme
{
    /// <summary>True when any of <paramref name="secrets"/> verifies the request; false for a missing or garbled signature.</summary>
    bool Verify(WebhookRequest request, IReadOnlyList<string> secrets, DateTimeOffset now);
}
