namespace Hub.IntegrationTests.Connectors.Golden.Signing;

/// <summary>Pipedrive: HTTP Basic with the <c>http_auth_user</c> given when the webhook was created and the secret as the password.</summary>
public sealed class BasicAuthSigner(string usernameSetting) : IVendorSigner
{
    public void Sign(OutgoingWebhook webhook) =>
        webhook.Headers["Authorization"] = "Basic " + Convert.ToBase64String(Mac.Utf8($"{webhook.Setting(usernameSetting)}:{webhook.Secret}"));
}
