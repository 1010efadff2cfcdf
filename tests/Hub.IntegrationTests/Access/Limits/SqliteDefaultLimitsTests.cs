using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Access.Limits;

public sealed class SqliteDefaultLimitsTests(SqliteDatabase database) : DefaultLimitsTests(database), IClassFixture<SqliteDatabase>;
