using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Providers;

[Collection(PostgresMessagingCollection.Name)]
public sealed class PostgresLinkMobilityProviderTests(PostgresFixture fixture) : LinkMobilityProviderTests(new PostgresDatabase(fixture));
