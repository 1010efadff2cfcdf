namespace Hub.Channels;

/// <summary>
/// Implemented by a provider type whose far side calls Hub back: delivery receipts, inbound messages, handshakes.
/// Requests to <c>/providers/{providerId}/{path}</c> reach the instance's type with the raw request. The type verifies
/// the request with its own mechanism (signature, Basic auth) before it reads anything, parses it and answers what it
/// found; Hub stores receipts and inbound messages durably before it answers the far side with a 2xx.
/// </summary>
public interface IProviderCallbacks
{
    /// <summary>
    /// Verifies and parses one callback. Never throws for bad input: a request that fails verification is
    /// <see cref="CallbackResult.Unauthorized"/>, one that cannot be parsed <see cref="CallbackResult.Invalid"/>,
    /// an unknown path <see cref="CallbackResult.NotFound"/>.
    /// </summary>
    CallbackResult Handle(ProviderConfiguration provider, ProviderCallback callback);
}
