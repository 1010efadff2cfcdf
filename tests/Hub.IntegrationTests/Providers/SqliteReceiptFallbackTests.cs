using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Providers;

public sealed class SqliteReceiptFallbackTests(SqliteDatabase database) : ReceiptFallbackTests(database), IClassFixture<SqliteDatabase>;
