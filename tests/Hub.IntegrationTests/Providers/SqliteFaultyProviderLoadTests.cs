using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Providers;

/// <summary>SQLite serves one process: the rate limit is checked for that one.</summary>
public sealed class SqliteFaultyProviderLoadTests(SqliteDatabase database) : FaultyProviderLoadTests(database, processes: 1), IClassFixture<SqliteDatabase>;
