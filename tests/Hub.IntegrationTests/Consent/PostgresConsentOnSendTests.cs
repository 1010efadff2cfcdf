using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Consent;

[Collection(PostgresContactsCollection.Name)]
public sealed class PostgresConsentOnSendTests(PostgresFixture fixture) : ConsentOnSendTests(new PostgresDatabase(fixture));
