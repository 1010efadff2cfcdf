using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Spine;

public sealed class SqliteFailurePathTests(SqliteDatabase database) : FailurePathTests(database), IClassFixture<SqliteDatabase>;
