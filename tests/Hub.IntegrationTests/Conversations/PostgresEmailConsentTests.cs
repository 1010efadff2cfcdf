using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Conversations;

[Collection(PostgresContactsCollection.Name)]
public sealed class PostgresEmailConsentTests(PostgresFixture fixture) : EmailConsentTests(new PostgresDatabase(fixture));
