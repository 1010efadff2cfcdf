namespace Hub.IntegrationTests.Connectors.Golden.Signing;

/// <summary>
/// Signs a delivery as the vendor does, independently of Hub's verification code: adds only the headers the vendor
/// adds to prove it, and puts the signing time into the timestamp header the signature covers.
/// </summary>
public interface IVendorSigner
{
    void Sign(OutgoingWebhook webhook);
}
