using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Spine;

public sealed class SqliteSpineTests(SqliteDatabase database) : SpineTests(database), IClassFixture<SqliteDatabase>;
