using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Providers;

/// <summary>Two Hub processes on one PostgreSQL database share the instance's rate limit.</summary>
[Collection(PostgresMessagingCollection.Name)]
public sealed class PostgresFaultyProviderLoadTests(PostgresFixture fixture) : FaultyProviderLoadTests(new PostgresDatabase(fixture), processes: 2);
