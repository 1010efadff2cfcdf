namespace Hub.IntegrationTests.Connectors.Golden.Signing;

/// <summary>
/// Salesforce Outbound Messages are unsigned SOAP: what Hub checks (the OrganizationId) is already in the body, and
/// the sender adds nothing.
/// </summary>
public sealed class UnsignedSender : IVendorSigner
{
    public void Sign(OutgoingWebhook webhook)
    {
    }
}
