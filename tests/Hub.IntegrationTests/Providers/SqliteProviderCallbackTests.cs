using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Providers;

public sealed class SqliteProviderCallbackTests(SqliteDatabase database) : ProviderCallbackTests(database), IClassFixture<SqliteDatabase>;
