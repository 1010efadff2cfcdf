using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Messaging;

[Collection(PostgresMessagingCollection.Name)]
public sealed class PostgresSendApiTests(PostgresFixture fixture) : SendApiTests(new PostgresDatabase(fixture));
