using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Messaging;

[Collection(PostgresCollection.Name)]
public sealed class PostgresSendApiTests(PostgresFixture fixture) : SendApiTests(new PostgresDatabase(fixture));
