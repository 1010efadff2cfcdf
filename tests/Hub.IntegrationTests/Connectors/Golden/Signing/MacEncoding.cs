namespace Hub.IntegrationTests.Connectors.Golden.Signing;

public enum MacEncoding
{
    Base64,
    Hex,
}
