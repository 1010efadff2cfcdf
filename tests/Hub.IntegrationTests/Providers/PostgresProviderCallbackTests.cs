using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Providers;

[Collection(PostgresCollection.Name)]
public sealed class PostgresProviderCallbackTests(PostgresFixture fixture) : ProviderCallbackTests(new PostgresDatabase(fixture));
