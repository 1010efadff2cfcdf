using Hub.IntegrationTests.Infrastructure;

namespace Hub.IntegrationTests.Access;

[Collection(PostgresAccessCollection.Name)]
public sealed class PostgresWorkspaceIsolationTests(PostgresFixture fixture) : WorkspaceIsolationTests(new PostgresDatabase(fixture));
