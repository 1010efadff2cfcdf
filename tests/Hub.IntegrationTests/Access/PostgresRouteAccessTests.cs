using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Access;

[Collection(PostgresAccessCollection.Name)]
public sealed class PostgresRouteAccessTests(PostgresFixture fixture) : RouteAccessTests(new PostgresDatabase(fixture));
