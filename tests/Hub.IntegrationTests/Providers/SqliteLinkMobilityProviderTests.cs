using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Providers;

public sealed class SqliteLinkMobilityProviderTests(SqliteDatabase database) : LinkMobilityProviderTests(database), IClassFixture<SqliteDatabase>;
