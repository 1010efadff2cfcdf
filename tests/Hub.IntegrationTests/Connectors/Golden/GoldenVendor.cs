using Hub.IntegrationTests.Connectors.Golden.Signing;

namespace Hub.IntegrationTests.Connectors.Golden;

/// <summary>
/// How one source system sends: the secret its instance shares with Hub, how it signs (as its spec's <c>verify:</c>
/// says), and the default <c>apiBase</c> of its <c>enrich:</c> lookups (null when it has none or no default).
/// </summary>
public sealed record GoldenVendor(string Type, string Secret, IVendorSigner Signer, string? DefaultApiBase = null);
