using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Providers;

[Collection(PostgresCollection.Name)]
public sealed class PostgresLinkMobilityProviderTests(PostgresFixture fixture) : LinkMobilityProviderTests(new PostgresDatabase(fixture));
