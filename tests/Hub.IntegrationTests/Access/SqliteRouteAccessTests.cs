using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Access;

public sealed class SqliteRouteAccessTests(SqliteDatabase database) : RouteAccessTests(database), IClassFixture<SqliteDatabase>;
