using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Providers;

[Collection(PostgresMessagingCollection.Name)]
public sealed class PostgresProviderCallbackTests(PostgresFixture fixture) : ProviderCallbackTests(new PostgresDatabase(fixture));
