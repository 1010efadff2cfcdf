using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Access;

public sealed class SqliteWorkspaceIsolationTests(SqliteDatabase database) : WorkspaceIsolationTests(database), IClassFixture<SqliteDatabase>;
