using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Access;

public sealed class SqliteApiKeyTests(SqliteDatabase database) : ApiKeyTests(database), IClassFixture<SqliteDatabase>;
