using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Contacts;

[Collection(PostgresContactsCollection.Name)]
public sealed class PostgresContactsTests(PostgresFixture fixture) : ContactsTests(new PostgresDatabase(fixture));
